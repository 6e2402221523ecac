import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Condition } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import { TEST_ADMIN_CLIENT_ID } from '../../launch/sandbox/auth/principal';
import { launchHeadless } from '../support/smart';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

/**
 * These tests hold the SMART scope and compartment mechanics, so they launch the test-only admin
 * client (the scopes asked for, no role allowance): a GP's own allowance has no Condition scope.
 * test/security holds the role allowance and the record rules with the app's real scopes.
 */
async function tokenFor(user: string, scope: string, patient?: string): Promise<string> {
  const base = { user, scope, clientId: TEST_ADMIN_CLIENT_ID };
  const launch = patient === undefined ? base : { ...base, patient };
  return (await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, launch)).access_token;
}

async function call(
  token: string,
  path: string,
  init: { method?: string; body?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${sandbox.urls.fhirBase}/${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const diagnostics = (body: Record<string, unknown>): string =>
  (body.issue as { diagnostics?: string }[] | undefined)?.[0]?.diagnostics ?? '';

describe('scope enforcement', () => {
  it('answers 403 naming the missing scope for a call outside the granted scopes', async () => {
    const token = await tokenFor('gp', 'launch patient/Patient.rs', 'pat-001');
    expect((await call(token, 'Patient/pat-001')).status).toBe(200);
    const search = await call(token, 'Task?patient=Patient/pat-001');
    expect(search.status).toBe(403);
    expect(search.body.resourceType).toBe('OperationOutcome');
    expect(diagnostics(search.body)).toContain('patient/Task.s');
  });

  it('refuses writes to a token that may only read', async () => {
    const token = await tokenFor('gp', 'launch patient/Patient.rs', 'pat-001');
    const patient = (await call(token, 'Patient/pat-001')).body;
    const update = await call(token, 'Patient/pat-001', { method: 'PUT', body: JSON.stringify(patient) });
    expect(update.status).toBe(403);
    expect(diagnostics(update.body)).toContain('patient/Patient.u');
  });

  it('accepts v1 scopes (.read)', async () => {
    const token = await tokenFor('gp', 'launch patient/Condition.read', 'pat-001');
    expect((await call(token, 'Condition/cond-001-asthma')).status).toBe(200);
  });
});

describe('patient-level tokens stay in the patient compartment', () => {
  it('refuses to read another patient or their resources', async () => {
    const token = await tokenFor('gp', 'launch patient/*.rs', 'pat-001');
    expect((await call(token, 'Condition/cond-001-asthma')).status).toBe(200);
    expect((await call(token, 'Patient/pat-002')).status).toBe(403);
    const other = await call(token, 'Condition/cond-002-copd');
    expect(other.status).toBe(403);
    expect(diagnostics(other.body)).toContain('outside');
  });

  it("never returns another patient's data from a search", async () => {
    const token = await tokenFor('gp', 'launch patient/*.rs', 'pat-001');
    const own = await call(token, 'Condition?patient=Patient/pat-001');
    expect(own.status).toBe(200);
    const subjects = ((own.body as unknown as Bundle<Condition>).entry ?? []).map((e) => e.resource?.subject.reference);
    expect(subjects.length).toBeGreaterThan(0);
    expect(new Set(subjects)).toEqual(new Set(['Patient/pat-001']));
    // An unfiltered search is filtered to the compartment before it is counted and paged.
    const all = await call(token, 'Condition');
    expect(all.status).toBe(200);
    expect(JSON.stringify(all.body)).not.toContain('pat-002');
    expect((all.body as unknown as Bundle).total).toBe(subjects.length);
  });

  it('refuses to create a resource for another patient', async () => {
    const token = await tokenFor('gp', 'launch patient/Condition.crs', 'pat-001');
    const condition: Condition = {
      resourceType: 'Condition',
      subject: { reference: 'Patient/pat-002' },
      code: { text: 'Test condition' },
    };
    const res = await call(token, 'Condition', { method: 'POST', body: JSON.stringify(condition) });
    expect(res.status).toBe(403);
  });

  it('lets a patient token read directory data its scopes name, but not change it', async () => {
    const token = await tokenFor('gp', 'launch patient/*.rs patient/Organization.u', 'pat-001');
    const org = await call(token, 'Organization/org-advice');
    expect(org.status).toBe(200);
    const update = await call(token, 'Organization/org-advice', { method: 'PUT', body: JSON.stringify(org.body) });
    expect(update.status).toBe(403);
  });
});

describe('user-level tokens', () => {
  it('reach every patient their scopes allow', async () => {
    const token = await tokenFor('lead', 'launch user/Condition.rs user/Patient.rs');
    const all = await call(token, 'Condition');
    expect(all.status).toBe(200);
    const subjects = new Set(
      ((all.body as unknown as Bundle<Condition>).entry ?? []).map((e) => e.resource?.subject.reference),
    );
    expect(subjects.size).toBeGreaterThan(1);
    expect((await call(token, 'Patient/pat-002')).status).toBe(200);
    expect((await call(token, 'Encounter/enc-ward-001')).status).toBe(403);
  });
});
