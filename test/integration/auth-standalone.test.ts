import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import {
  authorizeRequest,
  discover,
  idTokenClaims,
  pkcePair,
  tokenRequest,
  TEST_REDIRECT_URI,
  type SmartConfiguration,
  type TokenResponse,
} from '../support/smart';

let sandbox: RunningSandbox;
let config: SmartConfiguration;
const pkce = pkcePair();

beforeAll(async () => {
  sandbox = await startTestSandbox();
  config = await discover(sandbox.urls.fhirBase);
});
afterAll(async () => {
  await sandbox.close();
});

const standaloneParams = (): Record<string, string> => ({
  response_type: 'code',
  client_id: 'standalone-app',
  redirect_uri: TEST_REDIRECT_URI,
  scope: 'launch/patient openid fhirUser patient/Patient.rs',
  state: 'standalone-state',
  aud: sandbox.urls.fhirBase,
  code_challenge: pkce.challenge,
  code_challenge_method: 'S256',
});

/** Submits the picker form as a browser would (authorize-post). */
const submit = (fields: Record<string, string>): Promise<Response> =>
  fetch(config.authorization_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...standaloneParams(), ...fields }).toString(),
    redirect: 'manual',
  });

describe('standalone launch', () => {
  it('shows a sign-in page listing users and patients, with escaped, labelled fields', async () => {
    const res = await authorizeRequest(config.authorization_endpoint, {
      ...standaloneParams(),
      client_id: '<b>app</b>',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<label for="hjp_user">');
    expect(html).toContain('<label for="hjp_patient">');
    expect(html).toContain('value="adviser-2"');
    expect(html).toContain('value="pat-008"');
    expect(html).toContain('&lt;b&gt;app&lt;/b&gt;');
    expect(html).not.toContain('<b>app</b>');
  });

  it('signs in the chosen user with the chosen patient', async () => {
    const res = await submit({ hjp_user: 'ward-nurse', hjp_patient: 'pat-003' });
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get('location')!).searchParams;
    expect(back.get('state')).toBe('standalone-state');
    const tokenRes = await tokenRequest(config.token_endpoint, {
      grant_type: 'authorization_code',
      code: back.get('code')!,
      redirect_uri: TEST_REDIRECT_URI,
      client_id: 'standalone-app',
      code_verifier: pkce.verifier,
    });
    const token = (await tokenRes.json()) as TokenResponse;
    expect(token).toMatchObject({ patient: 'pat-003' });
    expect(idTokenClaims(token)).toMatchObject({ fhirUser: 'PractitionerRole/ward-nurse' });
    // requested ∩ a clinician's allowance: the app's clinician scopes read the Patient, never search it.
    expect(token.scope.split(' ')).toEqual(expect.arrayContaining(['launch/patient', 'patient/Patient.r']));
  });

  it('reports an unknown user and a denial to the app', async () => {
    const unknown = new URL((await submit({ hjp_user: 'nobody' })).headers.get('location')!).searchParams;
    expect(unknown.get('error')).toBe('invalid_request');
    expect(unknown.get('code')).toBeNull();
    const denied = new URL((await submit({ hjp_user: 'gp', hjp_deny: '1' })).headers.get('location')!).searchParams;
    expect(denied.get('error')).toBe('access_denied');
  });
});
