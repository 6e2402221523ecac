import type { Bundle, Patient } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { batchedFirstReads } from '../../src/fhir/batchedReads';
import { FhirError } from '../../src/fhir/errors';
import { createGateway, type FhirGateway } from '../../src/fhir/gateway';
import { SCOPES } from '../../src/smart/scopes';
import { overviewQuery } from '../../src/timeline/overview';
import { startTestSandbox } from '../support/sandbox';
import { launchHeadless } from '../support/smart';

// The redirect page's first reads, asked together, go to the record as one FHIR batch
// (src/fhir/batchedReads.ts): the same answers as one request each, refusals reported the same
// way, and a server that will not take the batch is asked one read at a time.
let sandbox: RunningSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const launch = { user: 'gp', patient: 'pat-001', scope: SCOPES.clinician.join(' ') };
  token = (await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, launch)).access_token;
});
afterAll(async () => {
  await sandbox.close();
});

/** The app's gateway with a real token, counting what it is asked to send. */
function countingGateway(): { gateway: FhirGateway; sent: string[] } {
  const plain = createGateway({
    baseUrl: sandbox.urls.fhirBase,
    auth: { authorizationHeader: () => Promise.resolve(`Bearer ${token}`), refresh: () => Promise.resolve(false) },
  });
  const sent: string[] = [];
  const gateway: FhirGateway = {
    ...plain,
    read: (type, id) => {
      sent.push(`read ${type}`);
      return plain.read(type, id);
    },
    search: (type, params) => {
      sent.push(`search ${type}`);
      return plain.search(type, params);
    },
    transaction: (bundle) => {
      sent.push(`${bundle.type} of ${String(bundle.entry?.length ?? 0)}`);
      return plain.transaction(bundle);
    },
  };
  return { gateway, sent };
}

const ids = (bundle: Bundle): string[] =>
  (bundle.entry ?? []).map((e) => `${e.resource?.resourceType ?? ''}/${e.resource?.id ?? ''}`);

function askFirstReads(gateway: FhirGateway): [Promise<Patient>, Promise<Bundle>, Promise<Bundle>] {
  return [
    gateway.read<Patient>('Patient', 'pat-001'),
    gateway.search('ServiceRequest', overviewQuery('pat-001')),
    gateway.search('Consent', { patient: 'Patient/pat-001' }),
  ];
}

describe('the first screen’s reads in one batch', () => {
  it('sends one batch, and each caller gets what its own request would have given', async () => {
    const { gateway, sent } = countingGateway();
    const [patient, referrals, consents] = await Promise.all(askFirstReads(batchedFirstReads(gateway)));
    expect(sent).toEqual(['batch of 3']);
    const [direct, directReferrals, directConsents] = await Promise.all(askFirstReads(gateway));
    expect(patient).toEqual(direct);
    expect(ids(referrals)).toEqual(ids(directReferrals));
    expect(ids(referrals).some((id) => id.startsWith('Task/'))).toBe(true);
    expect(ids(consents)).toEqual(ids(directConsents));
  });

  it('after that first batch, reads go straight to the record', async () => {
    const { gateway, sent } = countingGateway();
    const batched = batchedFirstReads(gateway);
    await Promise.all(askFirstReads(batched));
    await batched.read<Patient>('Patient', 'pat-001');
    expect(sent).toEqual(['batch of 3', 'read Patient']);
  });

  it('a read the record refuses reaches its caller as a read of its own is refused; the others are answered', async () => {
    const { gateway, sent } = countingGateway();
    const batched = batchedFirstReads(gateway);
    const [mine, other] = [batched.read<Patient>('Patient', 'pat-001'), batched.read<Patient>('Patient', 'pat-002')];
    expect((await mine).id).toBe('pat-001');
    const refused = await other.then(
      () => undefined,
      (err: unknown) => err,
    );
    const alone = await gateway.read<Patient>('Patient', 'pat-002').then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(FhirError);
    expect((refused as FhirError).kind).toBe((alone as FhirError).kind);
    expect(sent).toEqual(['batch of 2', 'read Patient', 'read Patient']);
  });

  it('a server that will not take the batch is asked one read at a time, and every caller is answered', async () => {
    const rule = { method: 'POST', path: '/fhir', kind: 'error', status: 503, times: 1 };
    await fetch(`${sandbox.urls.origin}/__test/faults`, { method: 'POST', body: JSON.stringify(rule) });
    const { gateway, sent } = countingGateway();
    const [patient, referrals, consents] = await Promise.all(askFirstReads(batchedFirstReads(gateway)));
    expect(sent).toEqual(['batch of 3', 'read Patient', 'search ServiceRequest', 'search Consent']);
    expect(patient.id).toBe('pat-001');
    expect(referrals.entry?.length).toBeGreaterThan(0);
    expect(consents.resourceType).toBe('Bundle');
  });
});
