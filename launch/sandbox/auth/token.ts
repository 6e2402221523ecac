import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxOptions } from '../config';
import type { SandboxUrls } from '../urls';
import { readBody, sendJson } from '../http/respond';
import type { SigningKey } from './keys';
import { verifyS256 } from './pkce';
import { randomToken, type Grant, type TokenStore } from './store';
import type { BackendAuth } from '../backend/service';

interface TokenDeps {
  readonly options: SandboxOptions;
  readonly urls: SandboxUrls;
  readonly store: TokenStore;
  readonly key: SigningKey;
  /** Issue 12: client_credentials (SMART Backend Services) is handled in ../backend/. */
  readonly backend: Pick<BackendAuth, 'clientCredentials'>;
}

class TokenError extends Error {
  constructor(
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

function fhirUserOf(grant: Grant): string {
  return `PractitionerRole/${grant.user}`;
}

/** Issues an access token (and id_token / refresh token as the grant allows); records them in `issued`. */
function issue(
  deps: TokenDeps,
  grant: Grant,
  issued: string[],
  refreshToken: string | undefined,
): Record<string, unknown> {
  const now = Date.now();
  const lifetime = deps.options.accessTokenLifetimeSeconds;
  const accessToken = randomToken();
  deps.store.accessTokens.set(accessToken, { grant, expiresAt: now + lifetime * 1000 });
  issued.push(accessToken);
  const body: Record<string, unknown> = {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: lifetime,
    scope: grant.scope,
    need_patient_banner: grant.needPatientBanner,
  };
  if (grant.patient !== undefined) {
    body.patient = grant.patient;
  }
  if (grant.encounter !== undefined) {
    body.encounter = grant.encounter;
  }
  if (grant.flags.has('openid') && grant.flags.has('fhirUser')) {
    const iat = Math.floor(now / 1000);
    body.id_token = deps.key.signJwt({
      iss: deps.urls.fhirBase,
      aud: grant.clientId,
      sub: grant.user,
      fhirUser: fhirUserOf(grant),
      iat,
      exp: iat + lifetime,
    });
  }
  if (refreshToken !== undefined) {
    body.refresh_token = refreshToken;
  }
  return body;
}

function exchangeCode(deps: TokenDeps, form: URLSearchParams): Record<string, unknown> {
  const code = form.get('code') ?? '';
  const record = deps.store.codes.get(code);
  if (!record) {
    throw new TokenError('invalid_grant', 'Unknown authorization code.');
  }
  if (record.used) {
    deps.store.revoke(record.issued);
    throw new TokenError(
      'invalid_grant',
      'The authorization code has already been used; tokens issued from it are revoked.',
    );
  }
  record.used = true;
  if (record.expiresAt < Date.now()) {
    throw new TokenError('invalid_grant', 'The authorization code has expired.');
  }
  if (form.get('client_id') !== record.grant.clientId) {
    throw new TokenError('invalid_grant', 'client_id does not match the code.');
  }
  if (form.get('redirect_uri') !== record.redirectUri) {
    throw new TokenError('invalid_grant', 'redirect_uri does not match the code.');
  }
  if (!verifyS256(form.get('code_verifier') ?? '', record.codeChallenge)) {
    throw new TokenError('invalid_grant', 'code_verifier does not match the code_challenge (PKCE S256).');
  }
  const grant = record.grant;
  const wantsRefresh = grant.flags.has('online_access') || grant.flags.has('offline_access');
  let refreshToken: string | undefined;
  if (wantsRefresh) {
    refreshToken = randomToken();
    deps.store.refreshTokens.set(refreshToken, { grant, issued: record.issued });
    record.issued.push(refreshToken);
  }
  return issue(deps, grant, record.issued, refreshToken);
}

function refresh(deps: TokenDeps, form: URLSearchParams): Record<string, unknown> {
  const refreshToken = form.get('refresh_token') ?? '';
  const record = deps.store.refreshTokens.get(refreshToken);
  // fhirclient sends client_id on refresh only with refreshTokenWithClientId; when present it must match.
  const clientId = form.get('client_id');
  if (!record || (clientId !== null && clientId !== record.grant.clientId)) {
    throw new TokenError('invalid_grant', 'Unknown refresh token, or it belongs to another client.');
  }
  const requested = form.get('scope');
  if (requested !== null) {
    const granted = new Set(record.grant.scope.split(' '));
    if (!requested.split(/\s+/).every((s) => s === '' || granted.has(s))) {
      throw new TokenError('invalid_scope', 'A refresh cannot widen the granted scopes.');
    }
  }
  return issue(deps, record.grant, record.issued, refreshToken);
}

/** POST /auth/token (application/x-www-form-urlencoded). */
export async function handleToken(deps: TokenDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    if (req.method !== 'POST') {
      throw new TokenError('invalid_request', 'Use POST.');
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      throw new TokenError('invalid_request', 'The body must be application/x-www-form-urlencoded.');
    }
    const form = new URLSearchParams(await readBody(req, 64 * 1024));
    deps.store.sweep(Date.now());
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      sendJson(res, 200, exchangeCode(deps, form), 'application/json');
    } else if (grantType === 'refresh_token') {
      sendJson(res, 200, refresh(deps, form), 'application/json');
    } else if (grantType === 'client_credentials') {
      const answer = deps.backend.clientCredentials(form);
      res.setHeader('Pragma', 'no-cache');
      sendJson(res, answer.status, answer.body, 'application/json');
    } else {
      throw new TokenError('unsupported_grant_type', 'grant_type must be authorization_code or refresh_token.');
    }
  } catch (err) {
    if (!(err instanceof TokenError)) {
      throw err;
    }
    res.setHeader('Pragma', 'no-cache');
    sendJson(res, 400, { error: err.error, error_description: err.message }, 'application/json');
  }
}
