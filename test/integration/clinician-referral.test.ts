import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceRequest, Task } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import type { FhirGateway } from '../../src/fhir/gateway';
import { FhirError } from '../../src/fhir/errors';
import { PARTNERSHIP } from '../../src/config/partnership';
import { findReferral, ReferralOutcomeUnknownError, submitReferral } from '../../src/referral/submit';
import { buildReferralTransaction } from '../../src/referral/transaction';
import { startTestSandbox } from '../support/sandbox';
import { clinicianGateway, countByReferral, faultedInFlight, referralInput, setFault } from './clinician-support';

let sandbox: RunningSandbox;
let gp: FhirGateway;
const ADVICE = PARTNERSHIP.adviceOrganisation.reference;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  gp = await clinicianGateway(sandbox, { user: 'gp', patient: 'pat-001' });
});
afterEach(async () => {
  await fetch(`${sandbox.urls.origin}/__test/faults`, { method: 'DELETE' });
});
afterAll(async () => {
  await sandbox.close();
});

async function expectOneReferral(referralId: string): Promise<void> {
  expect(await countByReferral(gp, 'ServiceRequest', referralId)).toBe(1);
  expect(await countByReferral(gp, 'Task', referralId)).toBe(1);
  expect(await countByReferral(gp, 'Provenance', referralId)).toBe(1);
}

describe('the referral write path', () => {
  it('writes QR, Consent, ServiceRequest, Task and Provenance in one transaction, linked together', async () => {
    const input = referralInput();
    const response = await gp.transaction(buildReferralTransaction(input));
    expect(response.entry?.map((e) => e.response?.status.slice(0, 3))).toEqual(['201', '201', '201', '201', '201']);
    expect(response.entry?.map((e) => e.resource?.resourceType)).toEqual([
      'QuestionnaireResponse',
      'Consent',
      'ServiceRequest',
      'Task',
      'Provenance',
    ]);
    const { serviceRequestId, taskId } = await submitReferral(gp, input, [], ADVICE);
    const sr = await gp.read<ServiceRequest>('ServiceRequest', serviceRequestId);
    expect(sr).toMatchObject({ status: 'active', priority: 'urgent', performer: [{ reference: ADVICE }] });
    expect(sr.supportingInfo?.map((r) => r.reference?.split('/')[0])).toEqual(['Consent', 'QuestionnaireResponse']);
    const task = await gp.read<Task>('Task', taskId);
    expect(task).toMatchObject({
      status: 'requested',
      focus: { reference: `ServiceRequest/${serviceRequestId}` },
      owner: { reference: ADVICE },
    });
  });

  it('a repeated submit of the same draft finds the first referral (conditional creates answer 200)', async () => {
    const input = referralInput();
    const first = await submitReferral(gp, input, [], ADVICE);
    const again = await gp.transaction(buildReferralTransaction(input));
    expect(again.entry?.slice(0, 4).map((e) => e.response?.status.slice(0, 3))).toEqual(['200', '200', '200', '200']);
    expect(await submitReferral(gp, input, [], ADVICE)).toEqual(first);
    await expectOneReferral(input.parties.referralId);
  });

  it('a double click (two concurrent submits) makes one referral', async () => {
    const input = referralInput();
    const [a, b] = await Promise.all([submitReferral(gp, input, [], ADVICE), submitReferral(gp, input, [], ADVICE)]);
    expect(a).toEqual(b);
    await expectOneReferral(input.parties.referralId);
  });
});

describe('idempotency under the sandbox fault switches', () => {
  it('lost response after commit: the submit asks the record by the referral’s identifier and reports it sent', async () => {
    const input = referralInput();
    await setFault(sandbox, { method: 'POST', path: '/fhir', kind: 'drop' });
    const sent = await submitReferral(gp, input, [], ADVICE);
    expect(sent.serviceRequestId).toBeTruthy();
    expect(sent).toEqual(await findReferral(gp, input.parties.referralId));
    // A retry all the same writes nothing new.
    expect(await submitReferral(gp, input, [], ADVICE)).toEqual(sent);
    await expectOneReferral(input.parties.referralId);
  });

  it('lost response and the record unreachable for the check: says it could not tell, and a retry sends once', async () => {
    const input = referralInput();
    await setFault(sandbox, { method: 'POST', path: '/fhir', kind: 'drop' });
    await setFault(sandbox, { method: 'GET', path: '/fhir/ServiceRequest', kind: 'drop' });
    await expect(submitReferral(gp, input, [], ADVICE)).rejects.toBeInstanceOf(ReferralOutcomeUnknownError);
    await submitReferral(gp, input, [], ADVICE);
    await expectOneReferral(input.parties.referralId);
  });

  it('5xx: nothing is written, the retry writes once', async () => {
    const input = referralInput();
    await setFault(sandbox, { method: 'POST', path: '/fhir', kind: 'error', status: 503 });
    const failure = await submitReferral(gp, input, [], ADVICE).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FhirError);
    expect((failure as FhirError).kind).toBe('server');
    expect(await countByReferral(gp, 'ServiceRequest', input.parties.referralId)).toBe(0);
    await submitReferral(gp, input, [], ADVICE);
    await expectOneReferral(input.parties.referralId);
  });

  it('timeout: the client gives up, the server commits late, the retry makes no second referral', async () => {
    const impatient = await clinicianGateway(sandbox, { user: 'gp', patient: 'pat-001' }, 300);
    const input = referralInput();
    await setFault(sandbox, { method: 'POST', path: '/fhir', kind: 'delay', delayMs: 1200 });
    await expect(submitReferral(impatient, input, [], ADVICE)).rejects.toMatchObject({ kind: 'network' });
    await submitReferral(gp, input, [], ADVICE);
    // The delayed first attempt has been executed by the sandbox (it says when none is left).
    await expect.poll(() => faultedInFlight(sandbox), { timeout: 10_000 }).toBe(0);
    await expectOneReferral(input.parties.referralId);
  });

  it('repeated submits after several failures still make exactly one', async () => {
    const input = referralInput();
    await setFault(sandbox, { method: 'POST', path: '/fhir', kind: 'drop', times: 2 });
    for (let i = 0; i < 2; i++) {
      await submitReferral(gp, input, [], ADVICE).catch(() => undefined);
    }
    for (let i = 0; i < 3; i++) {
      await submitReferral(gp, input, [], ADVICE);
    }
    await expectOneReferral(input.parties.referralId);
  });
});
