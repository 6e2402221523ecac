import { createHash, randomBytes } from 'node:crypto';

/** What a SMART token endpoint answers (the fields the tests read). */
export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  refresh_token?: string;
  id_token?: string;
  patient?: string;
  encounter?: string;
  need_patient_banner?: boolean;
}

/**
 * Every field SMART App Launch 2.x lets a token response carry: the OAuth 2.0 fields, the id_token
 * and the launch context parameters ("Launch context arrives with your access_token").
 */
export const SMART_TOKEN_RESPONSE_FIELDS: readonly string[] = [
  'access_token',
  'token_type',
  'expires_in',
  'scope',
  'id_token',
  'refresh_token',
  'authorization_details',
  'patient',
  'encounter',
  'fhirContext',
  'need_patient_banner',
  'smart_style_url',
  'intent',
  'tenant',
];

/** The claims of a token response's id_token (not verified: the tests that verify do so themselves). */
export function idTokenClaims(token: TokenResponse): Record<string, unknown> {
  const payload = token.id_token?.split('.')[1];
  if (!payload) {
    throw new Error('The token response has no id_token');
  }
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}

export interface HeadlessLaunch {
  /** users[].id of GET /launcher/context (what `provider=` takes). */
  user: string;
  patient?: string;
  encounter?: string;
  scope: string;
  clientId?: string;
  redirectUri?: string;
  /** The EHR grants read access only (the launcher's grant=read-only). */
  readOnly?: boolean;
}

export interface SmartConfiguration {
  authorization_endpoint: string;
  token_endpoint: string;
  code_challenge_methods_supported: string[];
  [key: string]: unknown;
}

export const TEST_REDIRECT_URI = 'http://127.0.0.1:9/redirect';
const TEST_LAUNCH_URI = 'http://127.0.0.1:9/launch.html';

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export async function discover(fhirBase: string): Promise<SmartConfiguration> {
  const res = await fetch(`${fhirBase}/.well-known/smart-configuration`);
  if (!res.ok) {
    throw new Error(`smart-configuration: HTTP ${res.status}`);
  }
  return (await res.json()) as SmartConfiguration;
}

/** Step 1: the launcher's 302 to the app's launch_uri; returns the opaque `launch` and `iss`. */
export async function launcherRedirect(
  origin: string,
  p: Pick<HeadlessLaunch, 'user' | 'patient' | 'encounter' | 'readOnly'>,
): Promise<{ iss: string; launch: string }> {
  const q = new URLSearchParams({ launch_uri: TEST_LAUNCH_URI, provider: p.user });
  if (p.patient) {
    q.set('patient', p.patient);
  }
  if (p.encounter) {
    q.set('encounter', p.encounter);
  }
  if (p.readOnly) {
    q.set('grant', 'read-only');
  }
  const res = await fetch(`${origin}/launcher?${q.toString()}`, { redirect: 'manual' });
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) {
    throw new Error(`launcher: HTTP ${res.status}`);
  }
  const url = new URL(location);
  return { iss: url.searchParams.get('iss') ?? '', launch: url.searchParams.get('launch') ?? '' };
}

/** Step 2: the authorize request; returns the raw response (tests of refusals read it). */
export async function authorizeRequest(authorizeEndpoint: string, params: Record<string, string>): Promise<Response> {
  return fetch(`${authorizeEndpoint}?${new URLSearchParams(params).toString()}`, { redirect: 'manual' });
}

/** Step 3: the token request; returns the raw response. */
export async function tokenRequest(tokenEndpoint: string, params: Record<string, string>): Promise<Response> {
  return fetch(tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params).toString(),
  });
}

/** A full EHR launch without a browser: launcher → authorize (PKCE S256) → token. */
export async function launchHeadless(origin: string, fhirBase: string, p: HeadlessLaunch): Promise<TokenResponse> {
  const clientId = p.clientId ?? 'hjp-link-tests';
  const redirectUri = p.redirectUri ?? TEST_REDIRECT_URI;
  const { launch } = await launcherRedirect(origin, p);
  const config = await discover(fhirBase);
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(16).toString('hex');
  const res = await authorizeRequest(config.authorization_endpoint, {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: p.scope,
    state,
    aud: fhirBase,
    launch,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) {
    throw new Error(`authorize: HTTP ${res.status}`);
  }
  const back = new URL(location);
  if (back.searchParams.get('state') !== state) {
    throw new Error('authorize: state mismatch');
  }
  const code = back.searchParams.get('code');
  if (!code) {
    throw new Error(`authorize: ${back.searchParams.get('error') ?? 'no code'}`);
  }
  const tokenRes = await tokenRequest(config.token_endpoint, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: clientId,
    code_verifier: verifier,
  });
  if (!tokenRes.ok) {
    throw new Error(`token: HTTP ${tokenRes.status} ${await tokenRes.text()}`);
  }
  return (await tokenRes.json()) as TokenResponse;
}
