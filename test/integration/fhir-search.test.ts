import type { Bundle, BundleEntry, OperationOutcome, Organization, Patient, ServiceRequest, Task } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { fhirClient, startTestSandbox } from '../support/sandbox';
import { sandboxApi, type Api } from '../support/api';

describe('FHIR API: search', () => {
  let sandbox: RunningSandbox;
  let api: Api;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = await sandboxApi(sandbox);
    const org = await api<Organization>('POST', 'Organization', {
      resourceType: 'Organization',
      name: 'Search Advice',
    });
    orgRef = `Organization/${org.body.id!}`;
    const pat = await api<Patient>('POST', 'Patient', {
      resourceType: 'Patient',
      name: [{ family: 'Searchable', given: ['Ann'] }],
    });
    patientRef = `Patient/${pat.body.id!}`;
    const sr = await api<ServiceRequest>('POST', 'ServiceRequest', {
      resourceType: 'ServiceRequest',
      status: 'active',
      intent: 'order',
      subject: { reference: patientRef },
    });
    const entry = Array.from({ length: 45 }, (_, i): BundleEntry => ({
      request: { method: 'POST', url: 'Task' },
      resource: {
        resourceType: 'Task',
        status: i % 3 === 0 ? 'completed' : 'requested',
        intent: 'order',
        owner: { reference: orgRef },
        for: { reference: patientRef },
        focus: { reference: `ServiceRequest/${sr.body.id!}` },
        authoredOn: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      } as Task,
    }));
    expect((await api('POST', '', { resourceType: 'Bundle', type: 'transaction', entry })).status).toBe(200);
  });
  afterAll(() => sandbox.close());
  let orgRef = '';
  let patientRef = '';

  it('pages with Bundle.link (self, next, previous) and walking next visits every match once', async () => {
    const client = fhirClient(sandbox, 'placeholder');
    const first = await api<Bundle>('GET', `Task?owner=${orgRef}&_count=10&_sort=authored-on`);
    expect(first.body.total).toBe(45);
    expect(first.body.link?.map((l) => l.relation)).toEqual(expect.arrayContaining(['self', 'next']));
    expect(first.body.link?.some((l) => l.relation === 'previous')).toBe(false);
    const seen: string[] = [];
    let page: Bundle | undefined = first.body;
    while (page) {
      seen.push(...(page.entry ?? []).map((e) => e.resource!.id!));
      const next: string | undefined = page.link?.find((l) => l.relation === 'next')?.url;
      page = next ? (await api<Bundle>('GET', next.slice(sandbox.urls.fhirBase.length + 1))).body : undefined;
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    const second = await api<Bundle>('GET', `Task?owner=${orgRef}&_count=10&_offset=10&_sort=authored-on`);
    const previous = second.body.link?.find((l) => l.relation === 'previous')?.url;
    expect(previous).toBe(first.body.link?.find((l) => l.relation === 'self')?.url);
    expect(client.baseUrl).toBe(sandbox.urls.fhirBase);
  });

  it('defaults _count to 20, caps it at 500, and answers _summary=count and _total', async () => {
    expect((await api<Bundle>('GET', `Task?owner=${orgRef}`)).body.entry).toHaveLength(20);
    expect((await api<Bundle>('GET', `Task?owner=${orgRef}&_count=10000`)).body.link?.[0]?.url).toContain('_count=500');
    const count = await api<Bundle>('GET', `Task?owner=${orgRef}&status=requested&_summary=count`);
    expect(count.body.total).toBe(30);
    expect(count.body.entry).toBeUndefined();
    expect((await api<Bundle>('GET', `Task?owner=${orgRef}&_total=none`)).body.total).toBeUndefined();
  });

  it('refuses unknown parameters and modifiers with 400 and an OperationOutcome', async () => {
    const bad = await api<OperationOutcome>('GET', `Task?owner=${orgRef}&stauts=requested`);
    expect(bad.status).toBe(400);
    expect(bad.body.resourceType).toBe('OperationOutcome');
    expect(JSON.stringify(bad.body)).toContain('stauts');
    expect((await api('GET', 'Task?status:sideways=requested')).status).toBe(400);
    expect((await api('GET', 'Task?focus:ServiceRequest.nonsense=1')).status).toBe(400);
  });

  it('keeps modifiers, chains, _include and _elements working', async () => {
    const total = async (q: string): Promise<number | undefined> =>
      (await api<Bundle>('GET', `Task?owner=${orgRef}&${q}&_summary=count`)).body.total;
    expect(await total('status:not=completed')).toBe(30);
    expect(
      (await api<Bundle>('GET', 'Patient?family=Searchable&birthdate:missing=true&_summary=count')).body.total,
    ).toBe(1);
    expect(
      (await api<Bundle>('GET', 'Patient?family=Searchable&birthdate:missing=false&_summary=count')).body.total,
    ).toBe(0);
    expect(await total('focus:ServiceRequest.status=active')).toBe(45);
    expect(await total('patient.family=Searchable')).toBe(45);
    expect((await api<Bundle>('GET', 'Patient?family:exact=Searchable&_summary=count')).body.total).toBe(1);
    expect((await api<Bundle>('GET', 'Patient?family:exact=Search&_summary=count')).body.total).toBe(0);
    expect((await api<Bundle>('GET', 'Patient?family=Search&_summary=count')).body.total).toBe(1);
    expect((await api<Bundle>('GET', 'Patient?name:contains=archab&_summary=count')).body.total).toBe(1);

    const withIncludes = await api<Bundle>(
      'GET',
      `Task?owner=${orgRef}&_include=Task:focus&_include=Task:patient&_count=5&_sort=-authored-on`,
    );
    const modes = (withIncludes.body.entry ?? []).map(
      (e) => `${e.search?.mode ?? ''}:${e.resource?.resourceType ?? ''}`,
    );
    expect(modes.filter((m) => m === 'match:Task')).toHaveLength(5);
    expect(modes).toEqual(expect.arrayContaining(['include:ServiceRequest', 'include:Patient']));
    const firstTask = withIncludes.body.entry?.[0]?.resource as Task;
    expect(firstTask.authoredOn).toBe(new Date(Date.UTC(2026, 0, 1, 0, 44)).toISOString());

    const elements = await api<Bundle>('GET', `Task?owner=${orgRef}&_elements=status&_count=1`);
    const slim = elements.body.entry?.[0]?.resource as Task;
    expect(slim.status).toBeDefined();
    expect(slim.owner).toBeUndefined();
    expect(slim.meta?.tag?.[0]?.code).toBe('SUBSETTED');
  });

  it('matches uri parameters exactly, as FHIR says (a canonical URL is not a prefix of another)', async () => {
    const base = 'https://example.org/Questionnaire/exact-test';
    for (const url of [base, `${base}-longer`]) {
      expect((await api('POST', 'Questionnaire', { resourceType: 'Questionnaire', url, status: 'draft' })).status).toBe(
        201,
      );
    }
    const byUrl = async (url: string): Promise<string[]> =>
      ((await api<Bundle>('GET', `Questionnaire?url=${encodeURIComponent(url)}`)).body.entry ?? []).map(
        (e) => (e.resource as { url?: string }).url ?? '',
      );
    expect(await byUrl(base)).toEqual([base]);
    expect(await byUrl('https://example.org/Questionnaire/exact')).toEqual([]);
  });
});
