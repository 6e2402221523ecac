import type { Bundle, BundleEntry, OperationOutcome, Patient, Task } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import { sandboxApi, type Api } from '../support/api';

type Entry = BundleEntry;
const tx = (type: 'transaction' | 'batch', entry: Entry[]): Bundle => ({ resourceType: 'Bundle', type, entry });
const count = async (api: Api, query: string): Promise<number> =>
  (await api<Bundle>('GET', `${query}&_summary=count`)).body.total ?? -1;

describe('FHIR API: transactions are all-or-nothing; batch is per entry', () => {
  let sandbox: RunningSandbox;
  let api: Api;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = await sandboxApi(sandbox);
  });
  afterAll(() => sandbox.close());

  it('resolves urn:uuid references and conditional creates inside a transaction', async () => {
    const identifier = { system: 'https://example.org/tx', value: 'tx-1' };
    const bundle = tx('transaction', [
      {
        fullUrl: 'urn:uuid:0b3c6e1a-0000-4000-8000-000000000001',
        resource: { resourceType: 'Patient', identifier: [identifier] } as Patient,
        request: { method: 'POST', url: 'Patient', ifNoneExist: 'identifier=https://example.org/tx|tx-1' },
      },
      {
        fullUrl: 'urn:uuid:0b3c6e1a-0000-4000-8000-000000000002',
        resource: {
          resourceType: 'Task',
          status: 'requested',
          intent: 'order',
          for: { reference: 'urn:uuid:0b3c6e1a-0000-4000-8000-000000000001' },
        } as Task,
        request: { method: 'POST', url: 'Task' },
      },
    ]);
    const first = await api<Bundle>('POST', '', bundle);
    expect(first.status).toBe(200);
    expect(first.body.type).toBe('transaction-response');
    const again = await api<Bundle>('POST', '', bundle);
    expect(again.status).toBe(200);
    expect(await count(api, 'Patient?identifier=https://example.org/tx|tx-1')).toBe(1);
    const patientId = first.body.entry?.[0]?.response?.location?.split('/')[1];
    expect(await count(api, `Task?patient=Patient/${patientId ?? 'none'}`)).toBe(2);
  });

  it('leaves nothing behind when one entry fails: no creates, updates or deletes', async () => {
    const { body: keep } = await api<Patient>('POST', 'Patient', {
      resourceType: 'Patient',
      name: [{ family: 'Keep' }],
    });
    const { body: doomed } = await api<Patient>('POST', 'Patient', {
      resourceType: 'Patient',
      name: [{ family: 'Doomed' }],
    });
    const failures: Entry[] = [
      {
        resource: { resourceType: 'Patient', gender: 'robot' } as unknown as Patient,
        request: { method: 'POST', url: 'Patient' },
      },
      {
        resource: { ...keep, gender: 'male' } as Patient,
        request: { method: 'PUT', url: `Patient/${keep.id!}`, ifMatch: 'W/"7"' },
      },
      { request: { method: 'DELETE', url: 'Patient/does-not-exist' } },
    ];
    for (const failure of failures) {
      const res = await api<OperationOutcome>(
        'POST',
        '',
        tx('transaction', [
          {
            fullUrl: 'urn:uuid:0b3c6e1a-0000-4000-8000-0000000000a1',
            resource: { resourceType: 'Patient', name: [{ family: 'Ghost' }] } as Patient,
            request: { method: 'POST', url: 'Patient' },
          },
          {
            resource: { ...keep, name: [{ family: 'Changed' }] } as Patient,
            request: { method: 'PUT', url: `Patient/${keep.id!}` },
          },
          { request: { method: 'DELETE', url: `Patient/${doomed.id!}` } },
          failure,
        ]),
      );
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body.resourceType).toBe('OperationOutcome');
    }
    expect(await count(api, 'Patient?family=Ghost')).toBe(0);
    const kept = await api<Patient>('GET', `Patient/${keep.id!}`);
    expect(kept.body.name?.[0]?.family).toBe('Keep');
    expect(kept.headers.get('etag')).toBe('W/"1"');
    expect((await api<Bundle>('GET', `Patient/${keep.id!}/_history`)).body.entry).toHaveLength(1);
    expect((await api('GET', `Patient/${doomed.id!}`)).status).toBe(200);
  });

  it('a failing transaction answers with the failing entry’s status (422 invalid, 412 stale)', async () => {
    const invalid = await api(
      'POST',
      '',
      tx('transaction', [
        {
          resource: { resourceType: 'Patient', birthDate: 'soon' } as Patient,
          request: { method: 'POST', url: 'Patient' },
        },
      ]),
    );
    expect(invalid.status).toBe(422);
    const { body: p } = await api<Patient>('POST', 'Patient', { resourceType: 'Patient' });
    const stale = await api(
      'POST',
      '',
      tx('transaction', [{ resource: p, request: { method: 'PUT', url: `Patient/${p.id!}`, ifMatch: 'W/"9"' } }]),
    );
    expect(stale.status).toBe(412);
  });

  it('a batch commits the good entries and reports the bad one', async () => {
    const res = await api<Bundle>(
      'POST',
      '',
      tx('batch', [
        {
          resource: { resourceType: 'Patient', name: [{ family: 'BatchGood' }] } as Patient,
          request: { method: 'POST', url: 'Patient' },
        },
        {
          resource: { resourceType: 'Patient', gender: 'robot' } as unknown as Patient,
          request: { method: 'POST', url: 'Patient' },
        },
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.body.entry?.map((e) => e.response?.status.slice(0, 3))).toEqual(['201', '422']);
    expect(await count(api, 'Patient?family=BatchGood')).toBe(1);
  });
});
