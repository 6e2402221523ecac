import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import {
  authorizeRequest,
  discover,
  SMART_TOKEN_RESPONSE_FIELDS,
  launchHeadless,
  pkcePair,
  tokenRequest,
  TEST_REDIRECT_URI,
  type HeadlessLaunch,
  type TokenResponse,
} from '../support/smart';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

const launch = (p: HeadlessLaunch): Promise<TokenResponse> =>
  launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, p);
const read = (path: string, token?: string): Promise<Response> =>
  fetch(`${sandbox.urls.fhirBase}/${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

async function refresh(refreshToken: string, clientId: string | undefined): Promise<Response> {
  const { token_endpoint } = await discover(sandbox.urls.fhirBase);
  const params = { grant_type: 'refresh_token', refresh_token: refreshToken };
  return tokenRequest(token_endpoint, clientId === undefined ? params : { ...params, client_id: clientId });
}

describe('token response', () => {
  it('carries the launch context and a signed id_token with the SMART claims', async () => {
    const token = await launch({
      user: 'ward-nurse',
      patient: 'pat-002',
      encounter: 'enc-ward-001',
      scope: 'launch openid fhirUser patient/*.rs',
      clientId: 'claims-app',
    });
    expect(token).toMatchObject({
      token_type: 'Bearer',
      patient: 'pat-002',
      encounter: 'enc-ward-001',
      need_patient_banner: true,
    });
    // Only what SMART App Launch 2.x defines: the user travels in the id_token, never beside it.
    expect(Object.keys(token).filter((k) => !SMART_TOKEN_RESPONSE_FIELDS.includes(k))).toEqual([]);
    expect(token.expires_in).toBe(sandbox.options.accessTokenLifetimeSeconds);
    // patient/*.rs ∩ a ward nurse's allowance (the app's clinician scopes): each type, read and search only.
    expect(token.scope.split(' ')).toEqual(
      expect.arrayContaining(['launch', 'openid', 'fhirUser', 'patient/Patient.r', 'patient/Task.rs']),
    );
    expect(token.scope).not.toContain('*');
    expect(token.refresh_token).toBeUndefined();

    const [header, payload, signature] = token.id_token!.split('.') as [string, string, string];
    const jwks = (await (await fetch(`${sandbox.urls.origin}/auth/jwks`)).json()) as {
      keys: (JsonWebKey & { kid: string })[];
    };
    const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string; alg: string };
    expect(alg).toBe('RS256');
    const jwk = jwks.keys.find((k) => k.kid === kid)!;
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))).toBe(true);
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: sandbox.urls.fhirBase,
      aud: 'claims-app',
      sub: 'ward-nurse',
      fhirUser: 'PractitionerRole/ward-nurse',
    });
    expect(claims.exp).toBeGreaterThan(claims.iat as number);
  });

  it('passes need_patient_banner=false from the launcher through to the token', async () => {
    const { origin } = sandbox.urls;
    const q = new URLSearchParams({
      launch_uri: 'http://127.0.0.1:9/launch.html',
      provider: 'gp',
      patient: 'pat-001',
      need_patient_banner: 'false',
    });
    const res = await fetch(`${origin}/launcher?${q.toString()}`, { redirect: 'manual' });
    const launchParam = new URL(res.headers.get('location')!).searchParams.get('launch')!;
    const token = await exchangeLaunch(launchParam);
    expect(token.need_patient_banner).toBe(false);
  });

  it('gives an adviser launch with launch/patient no patient and drops patient-level scopes', async () => {
    const token = await launch({
      user: 'adviser',
      scope: 'launch launch/patient openid fhirUser patient/Task.rs user/Task.rs',
    });
    expect(token.patient).toBeUndefined();
    expect(Object.keys(token).filter((k) => !SMART_TOKEN_RESPONSE_FIELDS.includes(k))).toEqual([]);
    expect(token.scope.split(' ')).not.toContain('patient/Task.rs');
    expect(token.scope.split(' ')).toContain('user/Task.rs');
  });
});

describe('refresh tokens', () => {
  it('refreshes with the same context for the same client and refuses another client', async () => {
    const token = await launch({
      user: 'gp',
      patient: 'pat-001',
      scope: 'launch fhirUser offline_access patient/Patient.rs',
      clientId: 'refresh-app',
    });
    expect(token.refresh_token).toBeTruthy();
    const other = await refresh(token.refresh_token!, 'another-app');
    expect(other.status).toBe(400);
    expect(((await other.json()) as { error: string }).error).toBe('invalid_grant');
    const unknown = await refresh('not-a-refresh-token', 'refresh-app');
    expect(unknown.status).toBe(400);
    const res = await refresh(token.refresh_token!, 'refresh-app');
    expect(res.status).toBe(200);
    const renewed = (await res.json()) as TokenResponse;
    expect(renewed.access_token).not.toBe(token.access_token);
    expect(renewed).toMatchObject({ patient: 'pat-001', scope: token.scope });
    expect(Object.keys(renewed).filter((k) => !SMART_TOKEN_RESPONSE_FIELDS.includes(k))).toEqual([]);
    expect((await read('Patient/pat-001', renewed.access_token)).status).toBe(200);
    // Rotation: a new refresh token each time; the used one is refused and revokes what it issued.
    expect(renewed.refresh_token).toBeTruthy();
    expect(renewed.refresh_token).not.toBe(token.refresh_token);
    const replay = await refresh(token.refresh_token!, 'refresh-app');
    expect(replay.status).toBe(400);
    expect((await read('Patient/pat-001', renewed.access_token)).status).toBe(401);
    expect((await refresh(renewed.refresh_token!, 'refresh-app')).status).toBe(400);
  });

  it('needs the client id to refresh (the app sets refreshTokenWithClientId)', async () => {
    const token = await launch({
      user: 'gp',
      patient: 'pat-001',
      scope: 'launch offline_access patient/Patient.rs',
      clientId: 'refresh-app',
    });
    const without = await refresh(token.refresh_token!, undefined);
    expect(without.status).toBe(400);
    expect(((await without.json()) as { error: string }).error).toBe('invalid_request');
    expect((await refresh(token.refresh_token!, 'refresh-app')).status).toBe(200);
  });

  it('issues a refresh token for online_access too', async () => {
    const online = await launch({ user: 'gp', patient: 'pat-001', scope: 'launch online_access patient/Patient.rs' });
    expect(online.refresh_token).toBeTruthy();
  });
});

describe('bearer checks', () => {
  it('answers 401 with an OperationOutcome when there is no token or an unknown one', async () => {
    const none = await read('Patient/pat-001');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect(((await none.json()) as { resourceType: string }).resourceType).toBe('OperationOutcome');
    expect((await read('Patient/pat-001', 'made-up-token')).status).toBe(401);
  });
});

/** The authorize + token steps of launchHeadless, for a launch value taken from the launcher as-is. */
async function exchangeLaunch(launchParam: string): Promise<TokenResponse> {
  const config = await discover(sandbox.urls.fhirBase);
  const { verifier, challenge } = pkcePair();
  const res = await authorizeRequest(config.authorization_endpoint, {
    response_type: 'code',
    client_id: 'banner-app',
    redirect_uri: TEST_REDIRECT_URI,
    scope: 'launch patient/Patient.rs',
    state: 'st',
    aud: sandbox.urls.fhirBase,
    launch: launchParam,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
  const tokenRes = await tokenRequest(config.token_endpoint, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: TEST_REDIRECT_URI,
    client_id: 'banner-app',
    code_verifier: verifier,
  });
  return (await tokenRes.json()) as TokenResponse;
}
