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

/** Issues an access token (and id_token / refresh token as the grant allows); records them in `issued`. */
function issue(
  deps: TokenDeps,
  grant: Grant,
  issued: string[],
  refreshToken: string | undefined,
): Record<string, unknown> {
  const now = deps.options.clock();
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
      fhirUser: `PractitionerRole/${grant.user}`,
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
  if (record.expiresAt < deps.options.clock()) {
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
  const refreshToken = wantsRefresh ? newRefreshToken(deps, grant, record.issued) : undefined;
  return issue(deps, grant, record.issued, refreshToken);
}

function newRefreshToken(deps: TokenDeps, grant: Grant, issued: string[]): string {
  const token = randomToken();
  const expiresAt = deps.options.clock() + deps.options.refreshTokenLifetimeSeconds * 1000;
  deps.store.refreshTokens.set(token, { grant, issued, expiresAt });
  issued.push(token);
  return token;
}

/**
 * A refresh needs the client id it was issued to (public clients: fhirclient sends it with
 * refreshTokenWithClientId), is refused once expired, and rotates: the old refresh token stops
 * working and a new one comes back. Presenting a used one revokes everything issued from the code.
 */
function refresh(deps: TokenDeps, form: URLSearchParams): Record<string, unknown> {
  const refreshToken = form.get('refresh_token') ?? '';
  const clientId = form.get('client_id');
  if (clientId === null || clientId === '') {
    throw new TokenError('invalid_request', 'client_id is required to refresh a token.');
  }
  const used = deps.store.usedRefreshTokens.get(refreshToken);
  if (used !== undefined) {
    deps.store.revoke(used);
    throw new TokenError(
      'invalid_grant',
      'The refresh token has already been used; tokens issued with it are revoked.',
    );
  }
  const record = deps.store.refreshTokens.get(refreshToken);
  if (!record || clientId !== record.grant.clientId) {
    throw new TokenError('invalid_grant', 'Unknown refresh token, or it belongs to another client.');
  }
  if (record.expiresAt < deps.options.clock()) {
    deps.store.refreshTokens.delete(refreshToken);
    throw new TokenError('invalid_grant', 'The refresh token has expired; launch the app again.');
  }
  const requested = form.get('scope');
  if (requested !== null) {
    const granted = new Set(record.grant.scope.split(' '));
    if (!requested.split(/\s+/).every((s) => s === '' || granted.has(s))) {
      throw new TokenError('invalid_scope', 'A refresh cannot widen the granted scopes.');
    }
  }
  deps.store.refreshTokens.delete(refreshToken);
  deps.store.usedRefreshTokens.set(refreshToken, record.issued);
  return issue(deps, record.grant, record.issued, newRefreshToken(deps, record.grant, record.issued));
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
    deps.store.sweep(deps.options.clock());
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
