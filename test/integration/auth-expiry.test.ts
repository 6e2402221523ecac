import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import {
  authorizeRequest,
  discover,
  launcherRedirect,
  launchHeadless,
  pkcePair,
  tokenRequest,
  TEST_REDIRECT_URI,
} from '../support/smart';

/** The sandbox's clock is injected: the tests move time on instead of waiting for it. */
let now = Date.parse('2026-12-01T09:00:00Z');
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({
    accessTokenLifetimeSeconds: 60,
    authCodeLifetimeSeconds: 30,
    refreshTokenLifetimeSeconds: 3600,
    clock: () => now,
  });
});
afterAll(async () => {
  await sandbox.close();
});

const later = (seconds: number): void => {
  now += seconds * 1000;
};

describe('lifetimes', () => {
  it('refuses an access token once it has expired', async () => {
    const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
      user: 'gp',
      patient: 'pat-001',
      scope: 'launch patient/Patient.rs',
    });
    expect(token.expires_in).toBe(60);
    const read = (): Promise<Response> =>
      fetch(`${sandbox.urls.fhirBase}/Patient/pat-001`, { headers: { Authorization: `Bearer ${token.access_token}` } });
    later(59);
    expect((await read()).status).toBe(200);
    later(2);
    expect((await read()).status).toBe(401);
  });

  it('refuses an authorization code once it has expired', async () => {
    const config = await discover(sandbox.urls.fhirBase);
    const { launch } = await launcherRedirect(sandbox.urls.origin, { user: 'gp', patient: 'pat-001' });
    const { verifier, challenge } = pkcePair();
    const res = await authorizeRequest(config.authorization_endpoint, {
      response_type: 'code',
      client_id: 'expiry-app',
      redirect_uri: TEST_REDIRECT_URI,
      scope: 'launch patient/Patient.rs',
      state: 'expiry',
      aud: sandbox.urls.fhirBase,
      launch,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
    later(31);
    const tokenRes = await tokenRequest(config.token_endpoint, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: TEST_REDIRECT_URI,
      client_id: 'expiry-app',
      code_verifier: verifier,
    });
    expect(tokenRes.status).toBe(400);
    expect(await tokenRes.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringContaining('expired') as unknown,
    });
  });

  it('refuses a refresh token once it has expired, and a launch after an hour', async () => {
    const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
      user: 'gp',
      patient: 'pat-001',
      scope: 'launch offline_access patient/Patient.rs',
      clientId: 'expiry-app',
    });
    const { launch } = await launcherRedirect(sandbox.urls.origin, { user: 'gp', patient: 'pat-001' });
    later(3601);
    const config = await discover(sandbox.urls.fhirBase);
    const refreshed = await tokenRequest(config.token_endpoint, {
      grant_type: 'refresh_token',
      refresh_token: token.refresh_token ?? '',
      client_id: 'expiry-app',
    });
    expect(refreshed.status).toBe(400);
    expect(((await refreshed.json()) as { error: string }).error).toBe('invalid_grant');
    const { challenge } = pkcePair();
    const res = await authorizeRequest(config.authorization_endpoint, {
      response_type: 'code',
      client_id: 'expiry-app',
      redirect_uri: TEST_REDIRECT_URI,
      scope: 'launch patient/Patient.rs',
      state: 'late',
      aud: sandbox.urls.fhirBase,
      launch,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
  });
});
