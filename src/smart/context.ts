/** The launch context the EHR granted, read from the token response. */
export interface LaunchContext {
  patientId: string | undefined;
  encounterId: string | undefined;
  /** Relative reference, e.g. "PractitionerRole/gp". */
  fhirUser: string | undefined;
  /** False when the EHR already shows the patient banner around the app. */
  needPatientBanner: boolean;
  /** The scopes the EHR granted (the token response's `scope`); undefined when it sent none. */
  grantedScope?: string | undefined;
  /** No patient, and the token holds user-level referral scopes: the practice worklist (profile `practice`). */
  practiceList?: boolean;
}

/** Launch context parameters of the token response (SMART App Launch 2.x, "Launch context"). */
interface TokenContext {
  patient?: unknown;
  encounter?: unknown;
  need_patient_banner?: unknown;
  scope?: unknown;
}

/** The id_token's claims (fhirclient decodes it); SMART puts the user in its `fhirUser` claim. */
interface IdTokenClaims {
  readonly [claim: string]: unknown;
}

/**
 * fhirUser may come back absolute (Epic does this): keep only "Type/id" when it is on the same
 * server, and refuse anything that is not a reference to a user resource.
 */
export function normaliseFhirUser(value: unknown, serverUrl: string): string | undefined {
  if (typeof value !== 'string' || value.length === 0) {
    return undefined;
  }
  const base = serverUrl.replace(/\/+$/, '');
  const relative = value.startsWith(`${base}/`) ? value.slice(base.length + 1) : value;
  return /^(Practitioner|PractitionerRole|Patient|RelatedPerson|Person)\/[A-Za-z0-9\-.]{1,64}$/.test(relative)
    ? relative
    : undefined;
}

function contextId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9\-.]{1,64}$/.test(value) ? value : undefined;
}

/**
 * The user comes only from the id_token's `fhirUser` claim: SMART App Launch defines no top-level
 * `fhirUser` in the token response, so an EHR need not send one.
 */
export function launchContext(
  token: TokenContext,
  idToken: IdTokenClaims | null | undefined,
  serverUrl: string,
): LaunchContext {
  return {
    patientId: contextId(token.patient),
    encounterId: contextId(token.encounter),
    fhirUser: normaliseFhirUser(idToken?.['fhirUser'], serverUrl),
    needPatientBanner: token.need_patient_banner !== false,
    grantedScope: typeof token.scope === 'string' ? token.scope : undefined,
    practiceList:
      contextId(token.patient) === undefined &&
      typeof token.scope === 'string' &&
      token.scope.split(' ').some((s) => s.startsWith('user/ServiceRequest.')),
  };
}
