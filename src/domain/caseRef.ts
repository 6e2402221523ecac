import type { ServiceRequest, Task } from 'fhir/r4';
import { REFERRAL_IDENTIFIER_SYSTEM, REFERRAL_REFERENCE_SYSTEM } from '../../fhir-profiles/src/terminology';
import type { ConsentDecision } from './consent/decision';

/** The parts of an open case that writes about it need (the referral Task, its referral, the evidence consent). */
export interface CaseRef {
  task: Task;
  referral: ServiceRequest | undefined;
  evidenceConsent: ConsentDecision;
}

/** Who a message about the case goes to: the referral's requester. */
export function referrerOf(record: CaseRef): string {
  return record.referral?.requester?.reference ?? record.task.requester?.reference ?? '';
}

/** Crockford's base 32: digits and letters without I, L, O and U, which are read wrongly aloud or in print. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an identifier value is a UUID (as the app makes its referrals' keys). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The short reference of a referral UUID: its last 40 bits (random in a version 4 UUID) as eight
 * Crockford characters, "HJP-0ZK3-7RQD"; undefined for an identifier that is not a UUID. One in
 * 2^40: a partnership's references are unique in practice, and a clash only makes a search list
 * both cases (the UUID stays the referral's key).
 */
export function shortReference(referralId: string): string | undefined {
  if (!isUuid(referralId)) {
    return undefined;
  }
  // 40 bits: well inside a double's exact integers.
  let bits = Number.parseInt(referralId.slice(-10), 16);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = (CROCKFORD[bits % 32] ?? '0') + code;
    bits = Math.floor(bits / 32);
  }
  return `HJP-${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A referral ServiceRequest's identifiers: its UUID (its key, for idempotent create) and, for a
 * UUID, the short reference people quote, so that a search finds it.
 */
export function referralIdentifiers(referralId: string): { system: string; value: string }[] {
  const short = shortReference(referralId);
  return [
    { system: REFERRAL_IDENTIFIER_SYSTEM, value: referralId },
    ...(short ? [{ system: REFERRAL_REFERENCE_SYSTEM, value: short }] : []),
  ];
}

/**
 * A short reference as someone typed it, in its one written form; undefined when the text is not
 * one. Case, spaces and hyphens do not matter, nor the "HJP" in front; O is read as 0, and I and L
 * as 1 (Crockford). Without "HJP" the text must have the hyphen or space in the middle, or both
 * digits and letters, so that an eight-letter surname or a short NHS number is not taken for one.
 */
export function readShortReference(text: string): string | undefined {
  const typed = text.trim().toUpperCase();
  const match = /^(HJP[\s-]*)?([0-9A-Z]{4})[\s-]?([0-9A-Z]{4})$/.exec(typed);
  if (!match) {
    return undefined;
  }
  const [, prefix, first = '', second = ''] = match;
  if (!prefix && !/[\s-]/.test(typed) && !(/\d/.test(typed) && /[A-Z]/.test(typed))) {
    return undefined;
  }
  const code = `${first}${second}`.replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? `HJP-${code.slice(0, 4)}-${code.slice(4)}` : undefined;
}

/**
 * The referral's reference as people quote it: its short reference (stored, or made from its UUID
 * for a referral made before short references), else its HJP referral identifier as it stands;
 * undefined when it has none.
 */
export function referralReference(referral: ServiceRequest | undefined): string | undefined {
  const stored = referral?.identifier?.find((i) => i.system === REFERRAL_REFERENCE_SYSTEM)?.value;
  const id = referral?.identifier?.find((i) => i.system === REFERRAL_IDENTIFIER_SYSTEM)?.value;
  return stored ?? (id === undefined ? undefined : (shortReference(id) ?? id));
}
