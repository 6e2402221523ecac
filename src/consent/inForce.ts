import type { Consent } from 'fhir/r4';
import { consentDecision, type ConsentDecision, type ConsentQuery } from '../domain/consent/decision';
import type { OpenReferralConsent } from './decisionPlan';

/**
 * The consent in force for the patient's open referrals (decided without a new referral in
 * view, as the adviser's access is), when there are open referrals and it permits them.
 */
export function openReferralConsent(
  consents: readonly Consent[],
  query: Omit<ConsentQuery, 'coverage' | 'referral'>,
  openSentOn: readonly (string | undefined)[],
): OpenReferralConsent | undefined {
  if (openSentOn.length === 0) {
    return undefined;
  }
  const decision = consentDecision(consents, { ...query, coverage: 'referral-details' });
  if (!decision.allowed) {
    return undefined;
  }
  return { consent: decision.consent, sentOn: openSentOn.filter((d): d is string => typeof d === 'string') };
}

/** The decision in force for a new referral, and the reference it must link ('' when none permits it). */
export function decisionForReferral(
  consents: readonly Consent[],
  query: Omit<ConsentQuery, 'coverage'>,
): { decision: ConsentDecision; link: string } {
  const decision = consentDecision(consents, { ...query, coverage: 'referral-details' });
  return { decision, link: decision.allowed ? `Consent/${decision.consent.id ?? ''}` : '' };
}
