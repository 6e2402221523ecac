import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Consent, ServiceRequest } from '@medplum/fhirtypes';
import { REFERRAL_IDENTIFIER_SYSTEM } from '../../fhir-profiles/src/terminology';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import type { Api } from '../support/api';
import { appLaunch, Ledger, setupApi } from './support';

/**
 * A referral and its consent decision in ONE transaction (as the app sends them): the decision
 * recorded there counts, and a refusal recorded there stops the referral. Mr Evans (pat-007) has
 * only an expired consent, so nothing else can let the referral through.
 */
let sandbox: RunningSandbox;
let admin: Api;
const ledger = new Ledger('Referral with its consent in one transaction');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

async function transaction(status: Consent['status']): Promise<Bundle> {
  const consent = (await admin<Consent>('GET', 'Consent/consent-01')).body;
  const request = (await admin<ServiceRequest>('GET', 'ServiceRequest/ref-07')).body;
  const consentUrl = `urn:uuid:${randomUUID()}`;
  const start = new Date().toISOString().slice(0, 10);
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: consentUrl,
        resource: {
          ...consent,
          id: undefined,
          meta: { profile: consent.meta?.profile },
          status,
          patient: { reference: 'Patient/pat-007' },
          performer: [{ reference: 'Patient/pat-007' }],
          dateTime: new Date().toISOString(),
          provision: { ...consent.provision, type: 'permit', period: { start } },
        },
        request: { method: 'POST', url: 'Consent' },
      },
      {
        resource: {
          ...request,
          id: undefined,
          meta: { profile: request.meta?.profile },
          status: 'active',
          identifier: [{ system: REFERRAL_IDENTIFIER_SYSTEM, value: randomUUID() }],
          supportingInfo: [{ reference: consentUrl, type: 'Consent' }],
        },
        request: { method: 'POST', url: 'ServiceRequest' },
      },
    ],
  };
}

describe('the consent decision sent with the referral', () => {
  it('counts when it agrees, and stops the referral when it refuses', async () => {
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-007')).api;
    const consents = async (): Promise<number> =>
      (await admin<Bundle>('GET', 'Consent?patient=Patient/pat-007&_summary=count')).body.total ?? 0;
    const before = await consents();
    await ledger.status(
      'referral with a refusal in the same transaction',
      'refused',
      gp('POST', '', await transaction('rejected')),
    );
    // The refused transaction left nothing behind (its Consent rolled back with it).
    expect(await consents()).toBe(before);
    await ledger.status(
      'referral with an agreement in the same transaction',
      'allowed',
      gp('POST', '', await transaction('active')),
    );
    expect(await consents()).toBe(before + 1);
  });

  it('answers 428 for a batch entry that updates without If-Match', async () => {
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    const task = (await admin('GET', 'Task/task-03')).body;
    const reply = await adviser<Bundle>('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [{ resource: task, request: { method: 'PUT', url: 'Task/task-03' } }],
    });
    expect(reply.body.entry?.[0]?.response?.status).toMatch(/^428/);
  });
});
