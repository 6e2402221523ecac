import type { Consent, ConsentProvision } from 'fhir/r4';
import { EXTERNAL, REFERRAL_IDENTIFIER_SYSTEM, type ConsentCoverage } from '../../../fhir-profiles/src/terminology';
import { CONSENT_COVERAGE } from '../../../fhir-profiles/src/code-systems-casework';
import { explain } from './explain';

/**
 * THE consent rule of HJP Link (clinician and adviser flows both call it). A consent counts for
 * a coverage only if: status active, the patient matches, an IRCP actor is the advice
 * organisation, now is within provision.period, the top-level provision permits, a nested
 * permit names the coverage and no nested deny names it, and no later refusal or withdrawal
 * of the same patient for the same organisation supersedes it. Anything else is "no consent".
 */
export interface ConsentQuery {
  /** Patient id (not a reference). */
  patientId: string;
  /** "Organization/<id>" of the advice service. */
  adviceOrg: string;
  coverage: ConsentCoverage;
  now: Date;
  /**
   * The referral being decided (its business identifier), when there is one: a decision that
   * names one referral (provision.data) counts only for that referral; without this, such
   * decisions do not count at all (a refusal of a new referral leaves an open one alone).
   */
  referral?: string;
}

/** The referral a decision is limited to (the business identifier its provision.data names), if any. */
export function referralScope(consent: Consent): string | undefined {
  for (const data of consent.provision?.data ?? []) {
    const id = data.reference.identifier;
    if (data.reference.type === 'ServiceRequest' && id?.system === REFERRAL_IDENTIFIER_SYSTEM && id.value) {
      return id.value;
    }
  }
  return undefined;
}

function appliesTo(consent: Consent, q: ConsentQuery): boolean {
  const scope = referralScope(consent);
  return scope === undefined || scope === q.referral;
}

export type ConsentRefusal =
  | 'missing'
  | 'other-patient'
  | 'entered-in-error'
  | 'other-organisation'
  | 'not-final'
  | 'refused'
  | 'withdrawn'
  | 'superseded'
  | 'not-yet-started'
  | 'expired'
  | 'denied'
  | 'not-covered';

export type ConsentDecision =
  | { allowed: true; consent: Consent; reason: string }
  | { allowed: false; refusal: ConsentRefusal; reason: string; whatToDo: string; consent: Consent | undefined };

/** Order in which one consent is checked: a later step means the consent came closer to counting. */
const STEPS: readonly ConsentRefusal[] = [
  'other-patient',
  'entered-in-error',
  'other-organisation',
  'not-final',
  'refused',
  'withdrawn',
  'not-yet-started',
  'expired',
  'denied',
  'not-covered',
  'superseded',
];

function hasCoverage(p: ConsentProvision, coverage: ConsentCoverage): boolean {
  return (p.code ?? []).some((cc) =>
    (cc.coding ?? []).some((c) => c.system === CONSENT_COVERAGE.system && c.code === coverage),
  );
}

function isForOrganisation(consent: Consent, adviceOrg: string): boolean {
  return (consent.provision?.actor ?? []).some(
    (a) =>
      a.reference.reference === adviceOrg &&
      (a.role.coding ?? []).some(
        (c) => c.system === EXTERNAL.recipientRole.system && c.code === EXTERNAL.recipientRole.code,
      ),
  );
}

function time(value: string | undefined): number | undefined {
  if (!value) {
    return undefined;
  }
  const t = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(t) ? undefined : t;
}

/** An end date without a time means "until the end of that day". */
function endTime(value: string | undefined): number | undefined {
  const t = time(value);
  return t !== undefined && value?.length === 10 ? t + 86_400_000 - 1 : t;
}

/** Why one consent does not count for the query, or undefined when it does (ignoring supersession). */
export function consentProblem(consent: Consent, q: ConsentQuery): ConsentRefusal | undefined {
  if (consent.patient?.reference !== `Patient/${q.patientId}`) {
    return 'other-patient';
  }
  if (consent.status === 'entered-in-error') {
    return 'entered-in-error';
  }
  if (!isForOrganisation(consent, q.adviceOrg)) {
    return 'other-organisation';
  }
  if (consent.status === 'draft' || consent.status === 'proposed') {
    return 'not-final';
  }
  if (consent.status === 'rejected') {
    return 'refused';
  }
  if (consent.status === 'inactive') {
    return 'withdrawn';
  }
  const provision = consent.provision;
  const start = time(provision?.period?.start);
  const end = endTime(provision?.period?.end);
  const now = q.now.getTime();
  if (start === undefined || now < start) {
    return 'not-yet-started';
  }
  if (end !== undefined && now > end) {
    return 'expired';
  }
  if (provision?.type !== 'permit') {
    return 'denied';
  }
  const nested = provision.provision ?? [];
  if (nested.some((p) => p.type === 'deny' && hasCoverage(p, q.coverage))) {
    return 'denied';
  }
  if (!nested.some((p) => p.type === 'permit' && hasCoverage(p, q.coverage))) {
    return 'not-covered';
  }
  return undefined;
}

function isLaterRefusal(other: Consent, than: Consent, q: ConsentQuery): boolean {
  if (other === than) {
    return false;
  }
  const step = consentProblem(other, q);
  if (step !== 'refused' && step !== 'withdrawn') {
    return false;
  }
  return (time(other.dateTime) ?? 0) > (time(than.dateTime) ?? 0);
}

/** Decides whether `q.coverage` may be shared with the advice organisation now. */
export function consentDecision(consents: readonly Consent[], q: ConsentQuery): ConsentDecision {
  const newestFirst = consents
    .filter((c) => appliesTo(c, q))
    .sort((a, b) => (time(b.dateTime) ?? 0) - (time(a.dateTime) ?? 0));
  let closest: { consent: Consent; refusal: ConsentRefusal } | undefined;
  for (const consent of newestFirst) {
    let refusal = consentProblem(consent, q);
    if (!refusal && newestFirst.some((other) => isLaterRefusal(other, consent, q))) {
      refusal = 'superseded';
    }
    if (!refusal) {
      return { allowed: true, consent, reason: explain.allowed(consent, q.coverage) };
    }
    if (!closest || STEPS.indexOf(refusal) > STEPS.indexOf(closest.refusal)) {
      closest = { consent, refusal };
    }
  }
  const refusal = closest?.refusal ?? 'missing';
  return {
    allowed: false,
    refusal,
    consent: closest?.consent,
    ...explain.refused(refusal, q.coverage, closest?.consent),
  };
}
