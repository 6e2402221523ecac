import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import {
  authorizeRequest,
  discover,
  launcherRedirect,
  pkcePair,
  tokenRequest,
  TEST_REDIRECT_URI,
  type SmartConfiguration,
} from '../support/smart';

let sandbox: RunningSandbox;
let config: SmartConfiguration;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  config = await discover(sandbox.urls.fhirBase);
});
afterAll(async () => {
  await sandbox.close();
});

/** A valid EHR-launch authorize request for the GP and pat-001; tests break one thing at a time. */
async function validParams(): Promise<{ params: Record<string, string>; verifier: string }> {
  const { launch } = await launcherRedirect(sandbox.urls.origin, { user: 'gp', patient: 'pat-001' });
  const { verifier, challenge } = pkcePair();
  const params = {
    response_type: 'code',
    client_id: 'auth-tests',
    redirect_uri: TEST_REDIRECT_URI,
    scope: 'launch openid fhirUser patient/Patient.rs',
    state: randomBytes(8).toString('hex'),
    aud: sandbox.urls.fhirBase,
    launch,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  return { params, verifier };
}

function redirectParams(res: Response): URLSearchParams {
  const location = res.headers.get('location');
  expect(res.status).toBe(302);
  expect(location).toBeTruthy();
  return new URL(location!).searchParams;
}

async function codeFor(params: Record<string, string>): Promise<string> {
  const code = redirectParams(await authorizeRequest(config.authorization_endpoint, params)).get('code');
  expect(code).toBeTruthy();
  return code!;
}

const exchange = (code: string, verifier: string, params: Record<string, string>): Promise<Response> =>
  tokenRequest(config.token_endpoint, {
    grant_type: 'authorization_code',
    code,
    client_id: params.client_id!,
    redirect_uri: params.redirect_uri!,
    code_verifier: verifier,
  });

describe('SMART discovery', () => {
  it('publishes the endpoints, S256 only and the SMART 2 capabilities, with CORS', async () => {
    const res = await fetch(`${sandbox.urls.fhirBase}/.well-known/smart-configuration`, {
      headers: { Origin: 'http://127.0.0.1:5173' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.authorization_endpoint).toBe(`${sandbox.urls.origin}/auth/authorize`);
    expect(body.token_endpoint).toBe(`${sandbox.urls.origin}/auth/token`);
    expect(body.code_challenge_methods_supported).toEqual(['S256']);
    // client_credentials: SMART Backend Services for the evaluation job (issue 12).
    expect(body.grant_types_supported).toEqual(['authorization_code', 'refresh_token', 'client_credentials']);
    expect(body.capabilities).toEqual(
      expect.arrayContaining(['launch-ehr', 'launch-standalone', 'permission-v2', 'sso-openid-connect']),
    );
  });
});

describe('authorize refusals', () => {
  it('refuses a request without PKCE', async () => {
    const { params } = await validParams();
    const rest = new URLSearchParams(params);
    rest.delete('code_challenge');
    rest.delete('code_challenge_method');
    const back = redirectParams(await authorizeRequest(config.authorization_endpoint, Object.fromEntries(rest)));
    expect(back.get('error')).toBe('invalid_request');
    expect(back.get('code')).toBeNull();
    expect(back.get('state')).toBe(params.state);
  });

  it('refuses plain PKCE', async () => {
    const { params, verifier } = await validParams();
    const back = redirectParams(
      await authorizeRequest(config.authorization_endpoint, {
        ...params,
        code_challenge: verifier,
        code_challenge_method: 'plain',
      }),
    );
    expect(back.get('error')).toBe('invalid_request');
    expect(back.get('code')).toBeNull();
  });

  it('refuses an aud that is not the FHIR base', async () => {
    const { params } = await validParams();
    const back = redirectParams(
      await authorizeRequest(config.authorization_endpoint, { ...params, aud: 'http://127.0.0.1:1/fhir' }),
    );
    expect(back.get('error')).toBe('invalid_request');
    expect(back.get('code')).toBeNull();
  });

  it('answers 400 without redirecting for a non-loopback redirect_uri', async () => {
    const { params } = await validParams();
    const res = await authorizeRequest(config.authorization_endpoint, {
      ...params,
      redirect_uri: 'https://app.example.org/cb',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('redirect_uri');
  });

  it('requires state', async () => {
    const { params } = await validParams();
    const rest = new URLSearchParams(params);
    rest.delete('state');
    const back = redirectParams(await authorizeRequest(config.authorization_endpoint, Object.fromEntries(rest)));
    expect(back.get('error')).toBe('invalid_request');
    expect(back.get('code')).toBeNull();
  });

  it('refuses a launch naming an unknown user', async () => {
    const { params } = await validParams();
    const forged = Buffer.from(
      JSON.stringify({ user: 'nobody', needPatientBanner: true, issuedAt: Date.now() }),
    ).toString('base64url');
    const back = redirectParams(await authorizeRequest(config.authorization_endpoint, { ...params, launch: forged }));
    expect(back.get('error')).toBe('invalid_request');
    expect(back.get('code')).toBeNull();
  });
});

describe('token refusals', () => {
  it('issues a token for the right verifier and refuses a wrong one', async () => {
    const { params, verifier } = await validParams();
    const wrong = await exchange(await codeFor(params), pkcePair().verifier, params);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_grant');
    const right = await exchange(await codeFor(params), verifier, params);
    expect(right.status).toBe(200);
  });

  it('refuses a reused code and revokes the token issued from it', async () => {
    const { params, verifier } = await validParams();
    const code = await codeFor(params);
    const first = await exchange(code, verifier, params);
    expect(first.status).toBe(200);
    const { access_token } = (await first.json()) as { access_token: string };
    const read = (): Promise<Response> =>
      fetch(`${sandbox.urls.fhirBase}/Patient/pat-001`, { headers: { Authorization: `Bearer ${access_token}` } });
    expect((await read()).status).toBe(200);
    const second = await exchange(code, verifier, params);
    expect(second.status).toBe(400);
    expect(((await second.json()) as { error: string }).error).toBe('invalid_grant');
    expect((await read()).status).toBe(401);
  });

  it('refuses a code presented with another redirect_uri or client_id', async () => {
    const { params, verifier } = await validParams();
    const otherRedirect = await exchange(await codeFor(params), verifier, {
      ...params,
      redirect_uri: 'http://127.0.0.1:9/other',
    });
    expect(otherRedirect.status).toBe(400);
    const otherClient = await exchange(await codeFor(params), verifier, { ...params, client_id: 'someone-else' });
    expect(otherClient.status).toBe(400);
  });
});
