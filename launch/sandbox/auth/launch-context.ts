/**
 * The `launch` parameter the launcher hands to the app and the app passes back to authorize.
 * It is opaque to the app: base64url JSON naming the user and the context, valid for an hour.
 * Authorize re-checks that everything it names exists, so a hand-made value gains nothing
 * that the standalone picker does not already offer in this sandbox.
 */
export interface LaunchContext {
  /** PractitionerRole id. */
  readonly user: string;
  readonly patient?: string | undefined;
  readonly encounter?: string | undefined;
  /** false when the EHR already shows the patient banner. */
  readonly needPatientBanner: boolean;
}

const LIFETIME_MS = 60 * 60 * 1000;

export function encodeLaunch(context: LaunchContext, now: number = Date.now()): string {
  return Buffer.from(JSON.stringify({ ...context, issuedAt: now })).toString('base64url');
}

export function decodeLaunch(launch: string, now: number = Date.now()): LaunchContext | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(launch, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.user !== 'string' || typeof v.issuedAt !== 'number' || typeof v.needPatientBanner !== 'boolean') {
    return undefined;
  }
  if (now - v.issuedAt > LIFETIME_MS || v.issuedAt > now + 60_000) {
    return undefined;
  }
  const optional = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
  return {
    user: v.user,
    patient: optional(v.patient),
    encounter: optional(v.encounter),
    needPatientBanner: v.needPatientBanner,
  };
}
