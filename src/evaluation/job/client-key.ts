import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The evaluation job's SMART Backend Services key: an ES384 (P-384) key pair made on first run
 * in a git-ignored folder (.evaluation/ by default). The private key never leaves it; the public
 * JWKS (jwks.json) is what a server registers for the client.
 */
export interface ClientKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly jwks: { keys: Record<string, unknown>[] };
}

/** `.evaluation/` at the project root, or HJP_EVALUATION_KEY_DIR (the bench uses a folder of its own). */
export const DEFAULT_KEY_DIR =
  process.env.HJP_EVALUATION_KEY_DIR ?? resolve(import.meta.dirname, '../../../.evaluation');
export const EVALUATION_CLIENT_ID = 'hjp-evaluation';

export function loadOrCreateClientKey(dir: string = DEFAULT_KEY_DIR): ClientKey {
  const privatePath = join(dir, 'private-key.pem');
  const jwksPath = join(dir, 'jwks.json');
  if (!existsSync(privatePath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const kid = randomBytes(8).toString('hex');
    writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' });
    writeFileSync(
      jwksPath,
      `${JSON.stringify({ keys: [{ ...publicJwk, kid, alg: 'ES384', use: 'sig', key_ops: ['verify'] }] }, null, 2)}\n`,
    );
  }
  const jwks = JSON.parse(readFileSync(jwksPath, 'utf8')) as ClientKey['jwks'];
  const kid = jwks.keys[0]?.kid;
  if (typeof kid !== 'string') {
    throw new Error(`${jwksPath} has no key id`);
  }
  return { kid, jwks, privateKey: createPrivateKey(readFileSync(privatePath, 'utf8')) };
}

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact ES384 JWT (the client assertion), signature in the JOSE (r||s) form. */
export function signAssertion(key: ClientKey, claims: Record<string, unknown>): string {
  const input = `${encode({ alg: 'ES384', typ: 'JWT', kid: key.kid })}.${encode(claims)}`;
  const signature = sign('sha384', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}
