import { setTimeout as sleep } from 'node:timers/promises';
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

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ accessTokenLifetimeSeconds: 1, authCodeLifetimeSeconds: 1 });
});
afterAll(async () => {
  await sandbox.close();
});

describe('lifetimes', () => {
  it('refuses an access token once it has expired', async () => {
    const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
      user: 'gp',
      patient: 'pat-001',
      scope: 'launch patient/Patient.rs',
    });
    expect(token.expires_in).toBe(1);
    const read = (): Promise<Response> =>
      fetch(`${sandbox.urls.fhirBase}/Patient/pat-001`, { headers: { Authorization: `Bearer ${token.access_token}` } });
    expect((await read()).status).toBe(200);
    await sleep(1200);
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
    await sleep(1200);
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
});
