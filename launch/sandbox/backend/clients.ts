import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';

/**
 * SMART Backend Services clients registered with the sandbox: each a client id, its public JWKS
 * (private_key_jwt, RS384 or ES384) and the most it may be granted (system/ scopes).
 */
export interface BackendClientRegistration {
  readonly clientId: string;
  readonly jwks: { readonly keys: readonly Record<string, unknown>[] };
  /** Space-separated system/ scopes: the most this client can be granted. */
  readonly scope: string;
}

export class AssertionError extends Error {}

interface JwtParts {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  input: string;
  signature: Buffer;
}

function parseJwt(token: string): JwtParts {
  const parts = token.split('.');
  if (parts.length !== 3) {
    throw new AssertionError('client_assertion is not a compact JWS');
  }
  const [h = '', c = '', s = ''] = parts;
  try {
    return {
      header: JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>,
      claims: JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Record<string, unknown>,
      input: `${h}.${c}`,
      signature: Buffer.from(s, 'base64url'),
    };
  } catch {
    throw new AssertionError('client_assertion cannot be decoded');
  }
}

/**
 * Checks a client assertion (SMART Backend Services "Authenticating to the token endpoint"):
 * alg RS384/ES384 with a kid in the registered JWKS, iss = sub = a registered client id, aud = the
 * token endpoint, exp in the future and at most five minutes away, jti not seen before.
 * Returns the client.
 */
export function verifyAssertion(
  assertion: string,
  clients: ReadonlyMap<string, BackendClientRegistration>,
  tokenEndpoint: string,
  seenJti: Map<string, number>,
  now = Date.now(),
): BackendClientRegistration {
  const jwt = parseJwt(assertion);
  const alg = jwt.header.alg;
  if (alg !== 'ES384' && alg !== 'RS384') {
    throw new AssertionError('The assertion must be signed with RS384 or ES384');
  }
  const { iss, sub, aud, exp, jti } = jwt.claims;
  if (typeof iss !== 'string' || iss !== sub) {
    throw new AssertionError('iss and sub must both be the client id');
  }
  const client = clients.get(iss);
  if (!client) {
    throw new AssertionError(`Unknown client: ${iss}`);
  }
  const jwk = client.jwks.keys.find((k) => k.kid === jwt.header.kid);
  if (!jwk) {
    throw new AssertionError('No registered key has the assertion’s kid');
  }
  const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  const ok =
    alg === 'ES384'
      ? verify('sha384', Buffer.from(jwt.input), { key, dsaEncoding: 'ieee-p1363' }, jwt.signature)
      : verify('sha384', Buffer.from(jwt.input), key, jwt.signature);
  if (!ok) {
    throw new AssertionError('The assertion’s signature does not verify');
  }
  if (aud !== tokenEndpoint) {
    throw new AssertionError(`aud must be the token endpoint ${tokenEndpoint}`);
  }
  const nowSeconds = Math.floor(now / 1000);
  if (typeof exp !== 'number' || exp <= nowSeconds || exp > nowSeconds + 300) {
    throw new AssertionError('exp must be in the future and no more than five minutes away');
  }
  if (typeof jti !== 'string' || jti === '') {
    throw new AssertionError('The assertion needs a jti');
  }
  for (const [seen, until] of seenJti) {
    if (until < nowSeconds) {
      seenJti.delete(seen);
    }
  }
  if (seenJti.has(`${iss} ${jti}`)) {
    throw new AssertionError('This assertion (jti) has been used already');
  }
  seenJti.set(`${iss} ${jti}`, exp);
  return client;
}
