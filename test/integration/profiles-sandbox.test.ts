import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { loadInvalidCases, loadValidExamples } from '../../fhir-profiles/src/examples';
import { WELFARE_QUESTIONNAIRE } from '../../fhir-profiles/src/terminology';
import { startTestSandbox } from '../support/sandbox';
import { testAdminToken } from './profiles-support';

let sandbox: RunningSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  token = await testAdminToken(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

async function post(resource: Resource): Promise<{ status: number; body: Resource }> {
  const body: Resource = { ...resource };
  delete body.id;
  const res = await fetch(`${sandbox.urls.fhirBase}/${resource.resourceType}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Resource };
}

describe('the sandbox enforces the HJP profiles on write', () => {
  it('accepts a valid HJP resource', async () => {
    const consent = loadValidExamples().get('Consent-example-consent');
    if (!consent) {
      throw new Error('example missing');
    }
    const res = await post(consent);
    expect(res.status).toBe(201);
    expect(res.body.meta?.profile).toContain('https://fhir.hjp-link.org.uk/StructureDefinition/hjp-consent');
  });

  it.each(['task-status-received', 'referral-without-consent', 'consent-unknown-coverage', 'unknown-hjp-profile'])(
    'refuses %s with an OperationOutcome naming the rule',
    async (name) => {
      const c = loadInvalidCases().find((x) => x.name === name);
      if (!c) {
        throw new Error(`no case ${name}`);
      }
      const res = await post(c.resource);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body.resourceType).toBe('OperationOutcome');
      const issues = (res.body as OperationOutcome).issue;
      const match = issues.find(
        (i) =>
          i.expression?.includes(c.expect.expression) &&
          (i.details?.text ?? i.diagnostics ?? '').includes(c.expect.text),
      );
      expect(match, JSON.stringify(issues)).toBeDefined();
    },
  );
});

describe('the sandbox installs the HJP package at start', () => {
  const get = async (
    path: string,
  ): Promise<{ status: number; body: { total?: number; entry?: { resource: Resource & { url?: string } }[] } }> => {
    const res = await fetch(`${sandbox.urls.fhirBase}/${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as { total?: number } };
  };

  it('serves the checklist Questionnaire by its canonical URL and version', async () => {
    const found = await get(
      `Questionnaire?url=${encodeURIComponent(WELFARE_QUESTIONNAIRE.url)}&version=${WELFARE_QUESTIONNAIRE.version}`,
    );
    expect(found.body.entry?.map((e) => e.resource.url)).toEqual([WELFARE_QUESTIONNAIRE.url]);
  });

  it('indexes the package search parameters: referrals by area of law', async () => {
    const example = [...loadValidExamples().values()].find((r) => r.resourceType === 'ServiceRequest');
    expect(example).toBeDefined();
    expect((await post(example!)).status).toBe(201);
    const areas = (example as { reasonCode?: { coding?: { system?: string; code?: string }[] }[] }).reasonCode?.[0]
      ?.coding?.[0];
    const hit = await get(
      `ServiceRequest?reason-code=${encodeURIComponent(`${areas?.system ?? ''}|${areas?.code ?? ''}`)}&_summary=count`,
    );
    expect(hit.status).toBe(200);
    expect(hit.body.total).toBeGreaterThanOrEqual(1);
    const miss = await get(
      `ServiceRequest?reason-code=${encodeURIComponent(`${areas?.system ?? ''}|not-an-area`)}&_summary=count`,
    );
    expect(miss.body.total).toBe(0);
  });
});
