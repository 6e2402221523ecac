import { createHash, timingSafeEqual } from 'node:crypto';

/** RFC 7636 verifier syntax: 43–128 unreserved characters. */
const VERIFIER_PATTERN = /^[A-Za-z0-9._~-]{43,128}$/;
const CHALLENGE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A well-formed S256 challenge (base64url of a SHA-256 digest, no padding). */
export function isS256Challenge(challenge: string): boolean {
  return CHALLENGE_PATTERN.test(challenge);
}

/** Does the verifier hash (S256) to the challenge bound to the code? */
export function verifyS256(verifier: string, challenge: string): boolean {
  if (!VERIFIER_PATTERN.test(verifier)) {
    return false;
  }
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
