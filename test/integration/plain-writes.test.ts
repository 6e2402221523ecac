import type { Communication, ServiceRequest, Task } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { sendMessage, updateCase } from '../../src/casework/api';
import { loadCase } from '../../src/casework/caseRecord';
import { PARTNERSHIP } from '../../src/config/partnership';
import { evidenceAnswerBundle } from '../../src/evidence/evidenceAnswer';
import type { FhirGateway } from '../../src/fhir/gateway';
import { buildMessage } from '../../src/domain/messages';
import { requestEvidence } from '../../src/evidence/api';
import { closeCase } from '../../src/outcomes/api';
import { submitReferral } from '../../src/referral/submit';
import { startTestSandbox, SERVER_MODES } from '../support/sandbox';
import { ADVISER_USER, gatewayFor } from './adviser-support';
import { clinicianGateway, countByReferral, referralInput } from './clinician-support';

const ORG = 'Organization/org-advice';

// The app's write paths, against the sandbox as it is and against it behaving like a plain, strict
// server (write answers without bodies: the app reads back what it needs by location).
describe.each(SERVER_MODES)('writes with $mode', ({ plainServer }) => {
  let sandbox: RunningSandbox;
  let adviser: FhirGateway;
  /** How often the app had to read a written resource back by its location (the answer had no body). */
  let readBacks = 0;
  const open = (id: string): ReturnType<typeof loadCase> => loadCase(adviser, id, ORG, new Date());

  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer });
    const gateway = await gatewayFor(sandbox, 'adviser');
    adviser = {
      ...gateway,
      readLocation: (location, type) => {
        readBacks += 1;
        return gateway.readLocation(location, type);
      },
    };
  });
  afterAll(() => sandbox.close());

  it('submits a referral, and a retry finds the same one', async () => {
    const gp = await clinicianGateway(sandbox, { user: 'gp', patient: 'pat-001' });
    const input = referralInput();
    const first = await submitReferral(gp, input, [], PARTNERSHIP.adviceOrganisation.reference);
    const again = await submitReferral(gp, input, [], PARTNERSHIP.adviceOrganisation.reference);
    expect(again).toEqual(first);
    expect((await gp.read<ServiceRequest>('ServiceRequest', first.serviceRequestId)).subject.reference).toBe(
      'Patient/pat-001',
    );
    expect((await gp.read<Task>('Task', first.taskId)).focus?.reference).toBe(
      `ServiceRequest/${first.serviceRequestId}`,
    );
    expect(await countByReferral(gp, 'Task', input.parties.referralId)).toBe(1);
  });

  it('accepts and moves the stage on, each time with the Task’s new version for the next If-Match', async () => {
    const record = await open('task-01');
    const accepted = await updateCase(adviser, record.task, { status: 'accepted' }, ADVISER_USER);
    expect(accepted.ok && accepted.task.status).toBe('accepted');
    if (!accepted.ok) {
      return;
    }
    expect(Number(accepted.task.meta?.versionId)).toBe(Number(record.task.meta?.versionId) + 1);
    // Read back by location only when the server answered without the Task.
    expect(readBacks > 0).toBe(plainServer);
    const staged = await updateCase(
      adviser,
      accepted.task,
      { status: 'in-progress', stage: 'contacted' },
      ADVISER_USER,
    );
    expect(staged.ok && staged.task.businessStatus?.coding?.[0]?.code).toBe('contacted');
    expect((await open('task-01')).task.status).toBe('in-progress');
  });

  it('messages the referrer (a retry posts once) and requests evidence (a retry asks once)', async () => {
    const record = await open('task-05');
    const id = crypto.randomUUID();
    const message = await sendMessage(adviser, record, ADVISER_USER, 'We have the claim form.', id);
    expect((await sendMessage(adviser, record, ADVISER_USER, 'We have the claim form.', id)).id).toBe(message.id);
    const input = { description: 'A letter on her mobility', due: '2099-01-01', identifier: crypto.randomUUID() };
    const request = await requestEvidence(adviser, record, ADVISER_USER, input);
    expect(request.id).toMatch(/^[A-Za-z0-9-]+$/);
    expect(request.owner?.reference).toBe('PractitionerRole/gp');
    expect((await requestEvidence(adviser, record, ADVISER_USER, input)).id).toBe(request.id);
    const after = await open('task-05');
    expect(after.messages.map((m) => m.id)).toContain(message.id);
    expect(after.evidenceRequests.filter((t) => t.status === 'requested').map((t) => t.id)).toEqual([request.id]);
  });

  it('the referrer answers the evidence request in one transaction', async () => {
    const gp = await gatewayFor(sandbox, 'gp', { patient: 'pat-004' });
    const request = await gp.read<Task>('Task', 'evid-04');
    const answer: Communication = buildMessage({
      identifier: crypto.randomUUID(),
      category: 'evidence',
      patientId: 'pat-004',
      about: ['Task/task-04', 'Task/evid-04'],
      basedOn: 'ServiceRequest/ref-04',
      sender: 'PractitionerRole/gp',
      recipients: ['PractitionerRole/adviser'],
      text: 'Letter attached.',
      sent: new Date(),
    });
    const response = await gp.transaction(evidenceAnswerBundle(request, answer, new Date()));
    // The answer, the completed request and the Provenance that says who answered.
    expect(response.entry?.map((e) => e.response?.status.slice(0, 3))).toEqual(['201', '200', '201']);
    expect((await gp.read<Task>('Task', 'evid-04')).status).toBe('completed');
  });

  it('closes a case with outcomes and a summary to the referrer', async () => {
    const record = await open('task-04');
    const result = await closeCase(
      adviser,
      record,
      { assistanceLevel: 'advice-with-casework', sessions: 1, outcomes: [] },
      'Thank you.',
      ADVISER_USER,
    );
    expect(result.ok && result.task.status).toBe('completed');
    const after = await open('task-04');
    expect(after.task.status).toBe('completed');
    expect(after.messages.some((m) => m.category?.[0]?.coding?.[0]?.code === 'outcome-feedback')).toBe(true);
  });
});
