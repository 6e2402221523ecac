import type { Bundle, Patient } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import { sandboxApi, type Api } from '../support/api';

const REPRESENTATION = { Prefer: 'return=representation' };
const patient = (family: string): Patient => ({ resourceType: 'Patient', name: [{ family }] });

describe('the plain-server switch: answers like a strict FHIR server', () => {
  let sandbox: RunningSandbox;
  let api: Api;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer: true });
    api = await sandboxApi(sandbox);
  });
  afterAll(() => sandbox.close());

  it('answers a create or update without a body unless the request prefers one; Location and ETag still say where', async () => {
    const created = await api<Patient | undefined>('POST', 'Patient', patient('Plain'));
    expect(created.status).toBe(201);
    expect(created.body).toBeUndefined();
    const location = created.headers.get('location') ?? '';
    expect(location).toMatch(/\/Patient\/[^/]+\/_history\/1$/);
    expect(created.headers.get('etag')).toBe('W/"1"');
    const id = /Patient\/([^/]+)\//.exec(location)?.[1] ?? '';
    const updated = await api<Patient | undefined>('PUT', `Patient/${id}`, { ...patient('Plainer'), id });
    expect(updated.status).toBe(200);
    expect(updated.body).toBeUndefined();
    const asked = await api<Patient>('PUT', `Patient/${id}`, { ...patient('Plainest'), id }, REPRESENTATION);
    expect(asked.body.name?.[0]?.family).toBe('Plainest');
    expect(asked.body.meta?.versionId).toBe('3');
  });

  it('answers a transaction with locations only, but still answers the reads inside a batch', async () => {
    const tx: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource: patient('PlainTx'), request: { method: 'POST', url: 'Patient' } }],
    };
    const minimal = await api<Bundle>('POST', '', tx);
    expect(minimal.status).toBe(200);
    expect(minimal.body.entry?.[0]?.resource).toBeUndefined();
    expect(minimal.body.entry?.[0]?.response?.location).toMatch(/^Patient\/[^/]+\/_history\/1$/);
    expect(minimal.body.entry?.[0]?.response?.etag).toBe('W/"1"');
    expect(minimal.body.entry?.[0]?.response?.lastModified).toMatch(/^\d{4}-\d\d-\d\dT/);
    const full = await api<Bundle>('POST', '', tx, REPRESENTATION);
    expect(full.body.entry?.[0]?.resource?.resourceType).toBe('Patient');

    const batch = await api<Bundle>('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        { request: { method: 'GET', url: 'Patient?family=PlainTx&_count=1' } },
        { request: { method: 'GET', url: 'Patient?family=PlainTx&_summary=count' } },
      ],
    });
    const [page, count] = (batch.body.entry ?? []).map((e) => e.resource as Bundle);
    expect(page?.entry).toHaveLength(1);
    expect(page?.total).toBeUndefined();
    expect(page?.link?.map((l) => l.relation)).toEqual(['self', 'next']);
    expect(count?.total).toBe(2);
  });

  it('pages searches with self and next links only, and gives the total only when asked', async () => {
    const first = await api<Bundle>('GET', 'Patient?_count=2');
    expect(first.body.total).toBeUndefined();
    expect(first.body.link?.map((l) => l.relation)).toEqual(['self', 'next']);
    const second = await api<Bundle>('GET', first.body.link?.[1]?.url.replace(`${sandbox.urls.fhirBase}/`, '') ?? '');
    expect(second.body.link?.map((l) => l.relation)).toEqual(['self', 'next']);
    expect((await api<Bundle>('GET', 'Patient?_count=2&_total=accurate')).body.total).toBeGreaterThan(2);
  });
});

describe('without the switch the sandbox keeps its fuller answers', () => {
  let sandbox: RunningSandbox;
  let api: Api;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = await sandboxApi(sandbox);
  });
  afterAll(() => sandbox.close());

  it('returns the created resource and previous/first links', async () => {
    const created = await api<Patient>('POST', 'Patient', patient('Full'));
    expect(created.body.resourceType).toBe('Patient');
    const first = await api<Bundle>('GET', 'Patient?_count=2');
    const second = await api<Bundle>(
      'GET',
      first.body.link?.find((l) => l.relation === 'next')?.url.replace(`${sandbox.urls.fhirBase}/`, '') ?? '',
    );
    expect(second.body.link?.map((l) => l.relation)).toContain('previous');
    expect(typeof first.body.total).toBe('number');
  });
});
