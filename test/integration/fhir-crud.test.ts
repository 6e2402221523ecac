import type { OperationOutcome, Patient } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import { sandboxApi, type Api } from '../support/api';

const patient = (family: string): Patient => ({
  resourceType: 'Patient',
  name: [{ family, given: ['Test'] }],
  gender: 'female',
  birthDate: '1960-02-03',
});

describe('FHIR API: create, read, update, patch, delete with versions and headers', () => {
  let sandbox: RunningSandbox;
  let api: Api;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = await sandboxApi(sandbox);
  });
  afterAll(() => sandbox.close());

  it('creates with 201, ETag W/"1", Last-Modified and a Location with _history', async () => {
    const created = await api<Patient>('POST', 'Patient', patient('Create'));
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('W/"1"');
    expect(created.headers.get('location')).toBe(`${sandbox.urls.fhirBase}/Patient/${created.body.id!}/_history/1`);
    expect(new Date(created.headers.get('last-modified')!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const read = await api<Patient>('GET', `Patient/${created.body.id!}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('W/"1"');
    expect(read.body.name?.[0]?.family).toBe('Create');
  });

  it('updates with the current If-Match and refuses a stale one with 412 and an OperationOutcome', async () => {
    const { body: p } = await api<Patient>('POST', 'Patient', patient('Versioned'));
    const v2 = await api<Patient>('PUT', `Patient/${p.id!}`, { ...p, gender: 'male' }, { 'If-Match': 'W/"1"' });
    expect(v2.status).toBe(200);
    expect(v2.headers.get('etag')).toBe('W/"2"');
    expect(v2.headers.get('location')).toMatch(/\/_history\/2$/);
    const stale = await api<OperationOutcome>(
      'PUT',
      `Patient/${p.id!}`,
      { ...p, gender: 'other' },
      { 'If-Match': 'W/"1"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.resourceType).toBe('OperationOutcome');
    expect((await api<Patient>('GET', `Patient/${p.id!}`)).body.gender).toBe('male');
  });

  it('applies a JSON Patch, honours If-Match on patch and delete, and keeps history and versions', async () => {
    const { body: p } = await api<Patient>('POST', 'Patient', patient('Patched'));
    const patchHeaders = { 'Content-Type': 'application/json-patch+json', 'If-Match': 'W/"1"' };
    const patched = await api<Patient>(
      'PATCH',
      `Patient/${p.id!}`,
      [{ op: 'replace', path: '/gender', value: 'male' }],
      patchHeaders,
    );
    expect(patched.status).toBe(200);
    expect(patched.body.meta?.versionId).toBe('2');
    expect(
      (await api('PATCH', `Patient/${p.id!}`, [{ op: 'replace', path: '/gender', value: 'other' }], patchHeaders))
        .status,
    ).toBe(412);
    const badPatch = await api('PATCH', `Patient/${p.id!}`, [{ op: 'replace', path: '/gender', value: 'robot' }], {
      'Content-Type': 'application/json-patch+json',
    });
    expect(badPatch.status).toBe(422);

    const history = await api<{ type: string; entry: { resource: Patient }[] }>('GET', `Patient/${p.id!}/_history`);
    expect(history.body.type).toBe('history');
    expect(history.body.entry.map((e) => e.resource.meta?.versionId)).toEqual(['2', '1']);
    const v1 = await api<Patient>('GET', `Patient/${p.id!}/_history/1`);
    expect(v1.body.gender).toBe('female');

    expect((await api('DELETE', `Patient/${p.id!}`, undefined, { 'If-Match': 'W/"1"' })).status).toBe(412);
    expect((await api('DELETE', `Patient/${p.id!}`, undefined, { 'If-Match': 'W/"2"' })).status).toBe(200);
    expect((await api('GET', `Patient/${p.id!}`)).status).toBe(410);
  });

  it('refuses an invalid resource with 422, bad JSON and a wrong resourceType with 400', async () => {
    const invalid = await api<OperationOutcome>('POST', 'Patient', {
      resourceType: 'Patient',
      gender: 'robot',
      birthDate: 'yesterday',
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.resourceType).toBe('OperationOutcome');
    expect(invalid.body.issue.length).toBeGreaterThanOrEqual(2);
    expect((await api('POST', 'Patient', '{"resourceType":')).status).toBe(400);
    expect(
      (await api('POST', 'Patient', { resourceType: 'Observation', status: 'final', code: { text: 'x' } })).status,
    ).toBe(400);
    expect((await api('GET', 'Nonsense/1')).status).toBe(404);
    expect((await api('PUT', 'Patient/x', patient('x'), { 'If-Match': '1' })).status).toBe(400);
  });

  it('conditional create (If-None-Exist) returns the existing resource instead of a duplicate, even when concurrent', async () => {
    const body: Patient = {
      ...patient('Conditional'),
      identifier: [{ system: 'https://example.org/id', value: 'cond-1' }],
    };
    const headers = { 'If-None-Exist': 'identifier=https://example.org/id|cond-1' };
    const replies = await Promise.all([1, 2, 3, 4].map(() => api<Patient>('POST', 'Patient', body, headers)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    const search = await api<{ total: number }>('GET', 'Patient?identifier=https://example.org/id|cond-1');
    expect(search.body.total).toBe(1);
  });

  it('serves a CapabilityStatement at /metadata with the SMART endpoints', async () => {
    const res = await fetch(`${sandbox.urls.fhirBase}/metadata`);
    const cs = (await res.json()) as {
      fhirVersion: string;
      rest: { security: { extension: { extension: { url: string; valueUri: string }[] }[] } }[];
    };
    expect(cs.fhirVersion).toBe('4.0.1');
    expect(cs.rest[0]?.security.extension[0]?.extension).toContainEqual({
      url: 'token',
      valueUri: `${sandbox.urls.origin}/auth/token`,
    });
  });
});
