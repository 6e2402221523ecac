import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceRequest, Task } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import type { FhirGateway } from '../../src/fhir/gateway';
import { PARTNERSHIP } from '../../src/config/partnership';
import { loadClinicianData } from '../../src/app/clinician/data';
import { loadReferralDetail, sendMessage } from '../../src/timeline/api';
import { buildMessage } from '../../src/domain/messages';
import { buildCancelTransaction } from '../../src/domain/referralCancel';
import { changeAuthors, changeRecords } from '../../src/domain/provenance';
import { submitReferral } from '../../src/referral/submit';
import { statusEvents } from '../../src/timeline/events';
import { startTestSandbox } from '../support/sandbox';
import { clinicianGateway, referralInput } from './clinician-support';

let sandbox: RunningSandbox;
let gp: FhirGateway;
const ADVICE = PARTNERSHIP.adviceOrganisation.reference;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  gp = await clinicianGateway(sandbox, { user: 'gp', patient: 'pat-001' });
});
afterAll(async () => {
  await sandbox.close();
});

describe('following a referral up', () => {
  it('loads where the patient stands (referrals with tasks and messages), consents and the checklist by canonical URL', async () => {
    const data = await loadClinicianData(gp, 'pat-001', PARTNERSHIP);
    expect(data.questionnaire.url).toBe(PARTNERSHIP.questionnaire.url);
    expect(data.referrals.length).toBeGreaterThan(0);
    expect(data.referrals.every((r) => r.serviceRequest.subject.reference === 'Patient/pat-001')).toBe(true);
    expect(data.referrals.some((r) => r.open && r.task?.status === 'requested')).toBe(true);
    expect(data.consents.length).toBeGreaterThan(0);
  });

  it('a reply reaches the thread once, even when sent twice', async () => {
    const { serviceRequestId, taskId } = await submitReferral(gp, referralInput(), [], ADVICE);
    const message = buildMessage({
      identifier: randomUUID(),
      category: 'message',
      patientId: 'pat-001',
      about: [`Task/${taskId}`],
      basedOn: `ServiceRequest/${serviceRequestId}`,
      sender: 'PractitionerRole/gp',
      recipients: [ADVICE],
      text: 'The patient prefers mornings.',
      sent: new Date(),
    });
    await sendMessage(gp, message);
    await sendMessage(gp, message);
    const data = await loadClinicianData(gp, 'pat-001', PARTNERSHIP);
    const summary = data.referrals.find((r) => r.serviceRequest.id === serviceRequestId)!;
    expect(summary.messages).toHaveLength(1);
    const detail = await loadReferralDetail(gp, summary);
    expect(detail.messages.map((m) => m.payload?.[0]?.contentString)).toEqual(['The patient prefers mornings.']);
  });

  it('cancel: Task cancelled with the reason and ServiceRequest revoked in one transaction; the history shows who and when', async () => {
    const { serviceRequestId, taskId } = await submitReferral(gp, referralInput(), [], ADVICE);
    const task = await gp.read<Task>('Task', taskId);
    const sr = await gp.read<ServiceRequest>('ServiceRequest', serviceRequestId);
    await gp.transaction(buildCancelTransaction(task, sr, 'Sent for the wrong patient', new Date()));
    expect(await gp.read<Task>('Task', taskId)).toMatchObject({
      status: 'cancelled',
      statusReason: { text: 'Sent for the wrong patient' },
    });
    expect((await gp.read<ServiceRequest>('ServiceRequest', serviceRequestId)).status).toBe('revoked');
    const history = await gp.search(`Task/${taskId}/_history`, {});
    // Who cancelled comes from the record: the cancelled version links the Provenance written with it.
    const records = Object.values(changeRecords(history)).map((r) => r.replace('Provenance/', ''));
    expect(records).toHaveLength(1);
    const authors = changeAuthors(history, await gp.search('Provenance', { _id: records.join(',') }));
    const events = statusEvents(history, (ref) => ref ?? '', authors);
    expect(events.map((e) => (e.kind === 'status' ? [e.status, e.by] : []))).toEqual([
      ['requested', 'PractitionerRole/gp'],
      ['cancelled', 'PractitionerRole/gp'],
    ]);
  });

  it('cancel based on a stale version is refused as a conflict and changes nothing', async () => {
    const { serviceRequestId, taskId } = await submitReferral(gp, referralInput(), [], ADVICE);
    const stale = await gp.read<Task>('Task', taskId);
    const sr = await gp.read<ServiceRequest>('ServiceRequest', serviceRequestId);
    await gp.update<Task>(
      { ...stale, lastModified: new Date().toISOString(), note: [{ text: 'changed meanwhile' }] },
      { ifMatchVersion: stale.meta?.versionId },
    );
    await expect(gp.transaction(buildCancelTransaction(stale, sr, 'Wrong patient', new Date()))).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect((await gp.read<ServiceRequest>('ServiceRequest', serviceRequestId)).status).toBe('active');
    expect((await gp.read<Task>('Task', taskId)).status).toBe('requested');
  });

  it('a refused scope gives a plain 403 message, not a crash', async () => {
    const failure = await gp.search('Condition', { patient: 'Patient/pat-001' }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'forbidden' });
    expect((failure as Error).message).toMatch(/does not allow this/);
  });
});
