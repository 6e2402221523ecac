import { randomUUID } from 'node:crypto';
import type { CapabilityStatement, Group, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestBackendToken } from '../../src/evaluation/job/backend-auth';
import { downloadNdjson, runExport } from '../../src/evaluation/job/bulk-export';
import { EVALUATION_CLIENT_ID, loadOrCreateClientKey, signAssertion } from '../../src/evaluation/job/client-key';
import { fhirJson, startEvaluationSandbox, type EvaluationSandbox } from '../support/evaluation';

/** The sandbox gives what real servers give: SMART Backend Services and Bulk Data $export (issue 12). */
let env: EvaluationSandbox;

beforeAll(async () => {
  env = await startEvaluationSandbox();
});

afterAll(async () => {
  await env.close();
});

const tokenEndpoint = (): string => `${env.sandbox.urls.origin}/auth/token`;

async function tokenRequest(claims: Record<string, unknown>, scope = 'system/Patient.rs'): Promise<Response> {
  const key = loadOrCreateClientKey(env.keyDir);
  const now = Math.floor(Date.now() / 1000);
  return fetch(tokenEndpoint(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: signAssertion(key, {
        iss: EVALUATION_CLIENT_ID,
        sub: EVALUATION_CLIENT_ID,
        aud: tokenEndpoint(),
        exp: now + 240,
        jti: randomUUID(),
        ...claims,
      }),
    }),
  });
}

async function evaluationToken(scope: string): Promise<string> {
  const token = await requestBackendToken({
    fhirBase: env.sandbox.urls.fhirBase,
    clientId: EVALUATION_CLIENT_ID,
    key: loadOrCreateClientKey(env.keyDir),
    scope,
  });
  return token.accessToken;
}

describe('SMART Backend Services', () => {
  it('advertises client_credentials with private_key_jwt (RS384, ES384) and system scopes', async () => {
    const config = (await (
      await fetch(`${env.sandbox.urls.fhirBase}/.well-known/smart-configuration`)
    ).json()) as Record<string, string[]>;
    expect(config.grant_types_supported).toContain('client_credentials');
    expect(config.token_endpoint_auth_methods_supported).toContain('private_key_jwt');
    expect(config.token_endpoint_auth_signing_alg_values_supported).toEqual(['RS384', 'ES384']);
    expect(config.capabilities).toContain('client-confidential-asymmetric');
  });

  it('grants only requested scopes within the client’s registration, never wider', async () => {
    const res = await tokenRequest({}, 'system/Patient.rs system/Patient.cruds system/Task.rs');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { scope: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe('Bearer');
    expect(body.scope.split(' ').sort()).toEqual(['system/Patient.rs', 'system/Task.rs']);
  });

  it('refuses an assertion for another audience, an expired one and a replayed one', async () => {
    const wrongAud = await tokenRequest({ aud: 'https://elsewhere.example.com/token' });
    expect([wrongAud.status, ((await wrongAud.json()) as { error: string }).error]).toEqual([401, 'invalid_client']);
    const expired = await tokenRequest({ exp: Math.floor(Date.now() / 1000) - 10 });
    expect(expired.status).toBe(401);
    const jti = randomUUID();
    expect((await tokenRequest({ jti })).status).toBe(200);
    const replay = await tokenRequest({ jti });
    expect(((await replay.json()) as { error_description: string }).error_description).toMatch(/used already/);
  });

  it('refuses a key that is not registered for the client', async () => {
    const stranger = loadOrCreateClientKey(`${env.keyDir}/stranger`);
    const now = Math.floor(Date.now() / 1000);
    const res = await fetch(tokenEndpoint(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        scope: 'system/Patient.rs',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: signAssertion(stranger, {
          iss: EVALUATION_CLIENT_ID,
          sub: EVALUATION_CLIENT_ID,
          aud: tokenEndpoint(),
          exp: now + 60,
          jti: randomUUID(),
        }),
      }),
    });
    expect(res.status).toBe(401);
  });

  it('lets a system token reach every record of the granted types and nothing else', async () => {
    const token = await evaluationToken('system/Patient.rs');
    const bundle = await fhirJson<{ total?: number }>(env.sandbox, token, 'Patient?_summary=count');
    expect(bundle.total).toBe(8);
    const res = await fetch(`${env.sandbox.urls.fhirBase}/Communication`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(403);
  });
});

describe('Bulk Data $export', () => {
  it('is advertised in the CapabilityStatement (system and Group level)', async () => {
    const cs = (await (await fetch(`${env.sandbox.urls.fhirBase}/metadata`)).json()) as CapabilityStatement;
    expect(cs.instantiates).toContain('http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data');
    expect(cs.rest?.[0]?.operation?.map((o) => o.definition)).toContain(
      'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export',
    );
    const group = cs.rest?.[0]?.resource?.find((r) => r.type === 'Group');
    expect(group?.operation?.map((o) => o.definition)).toContain(
      'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export',
    );
  });

  it('follows the async pattern: 202 + Content-Location, then a manifest of NDJSON files that need the token', async () => {
    const token = await evaluationToken('system/Patient.rs system/Consent.rs');
    const kickoff = await fetch(`${env.sandbox.urls.fhirBase}/$export?_type=Patient,Consent`, {
      headers: { Accept: 'application/fhir+json', Prefer: 'respond-async', Authorization: `Bearer ${token}` },
    });
    expect(kickoff.status).toBe(202);
    expect(kickoff.headers.get('content-location')).toMatch(/\/bulk\/status\//);
    const { manifest } = await runExport({
      fhirBase: env.sandbox.urls.fhirBase,
      accessToken: () => token,
      types: ['Patient', 'Consent'],
    });
    expect(manifest.requiresAccessToken).toBe(true);
    expect(manifest.output.map((o) => [o.type, o.count])).toEqual([
      ['Patient', 8],
      ['Consent', 11],
    ]);
    const anonymous = await fetch(manifest.output[0]?.url ?? '');
    expect(anonymous.status).toBe(401);
    const patients: Resource[] = [];
    for await (const r of downloadNdjson(manifest.output[0]!, token)) {
      patients.push(r);
    }
    expect(patients.map((p) => p.resourceType)).toEqual(Array<string>(8).fill('Patient'));
  });

  it('refuses a kick-off without Prefer: respond-async, with an unsupported parameter, or beyond the scopes', async () => {
    const token = await evaluationToken('system/Patient.rs');
    const get = (query: string, headers: Record<string, string> = { Prefer: 'respond-async' }): Promise<Response> =>
      fetch(`${env.sandbox.urls.fhirBase}/$export${query}`, {
        headers: { Authorization: `Bearer ${token}`, ...headers },
      });
    expect((await get('?_type=Patient', {})).status).toBe(400);
    expect((await get('?_type=Patient&_typeFilter=Patient%3Factive%3Dtrue')).status).toBe(400);
    expect((await get('?_type=Patient&_since=yesterday')).status).toBe(400);
    expect((await get('?_type=Task')).status).toBe(403);
  });

  it('exports only what changed since an instant (_since)', async () => {
    const token = await evaluationToken('system/Patient.rs');
    const since = new Date().toISOString();
    const admin = await env.adminToken();
    const patient = await fhirJson<Resource>(env.sandbox, admin, 'Patient/pat-005');
    await fhirJson(env.sandbox, admin, 'Patient/pat-005', {
      method: 'PUT',
      headers: { 'If-Match': `W/"${patient.meta?.versionId ?? ''}"` },
      body: JSON.stringify({ ...patient, active: true }),
    });
    const { manifest } = await runExport({
      fhirBase: env.sandbox.urls.fhirBase,
      accessToken: () => token,
      types: ['Patient'],
      since,
    });
    expect(manifest.output.map((o) => [o.type, o.count])).toEqual([['Patient', 1]]);
  });

  it('exports a Group’s members only (Group/<id>/$export)', async () => {
    const admin = await env.adminToken();
    const group: Group = {
      resourceType: 'Group',
      id: 'eval-cohort',
      type: 'person',
      actual: true,
      member: [{ entity: { reference: 'Patient/pat-001' } }, { entity: { reference: 'Patient/pat-007' } }],
    };
    await fhirJson(env.sandbox, admin, 'Group/eval-cohort', { method: 'PUT', body: JSON.stringify(group) });
    const { manifest } = await runExport({
      fhirBase: env.sandbox.urls.fhirBase,
      accessToken: () => admin,
      types: ['Patient', 'ServiceRequest'],
      group: 'Group/eval-cohort',
    });
    // pat-001 has referrals 01 and 09, pat-007 has 07.
    expect(manifest.output.map((o) => [o.type, o.count])).toEqual([
      ['Patient', 2],
      ['ServiceRequest', 3],
    ]);
  });
});
