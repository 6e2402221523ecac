import { createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/** The sandbox's id_token signing key: generated at start, published at jwks_uri. */
export interface SigningKey {
  readonly jwks: { keys: Record<string, unknown>[] };
  /** Signs claims as a compact RS256 JWT. */
  signJwt(claims: Record<string, unknown>): string;
}

export function createSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return {
    jwks: { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] },
    signJwt: (claims) => signRs256(privateKey, kid, claims),
  };
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signRs256(privateKey: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const input = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(input), privateKey).toString('base64url');
  return `${input}.${signature}`;
}
