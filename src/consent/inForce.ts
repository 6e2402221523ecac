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
  open: readonly { sentOn: string | undefined; consent: string | undefined }[],
): OpenReferralConsent | undefined {
  if (open.length === 0) {
    return undefined;
  }
  const decision = consentDecision(consents, { ...query, coverage: 'referral-details' });
  if (!decision.allowed) {
    return undefined;
  }
  // The withdrawal names the open referral's own consent (any withdrawal ends every earlier agreement).
  const linked = open
    .map((o) => consents.find((c) => c.id !== undefined && `Consent/${c.id}` === o.consent))
    .find((c) => c !== undefined);
  return {
    consent: linked ?? decision.consent,
    sentOn: open.map((o) => o.sentOn).filter((d): d is string => typeof d === 'string'),
  };
}

/** The decision in force for a new referral, and the reference it must link ('' when none permits it). */
export function decisionForReferral(
  consents: readonly Consent[],
  query: Omit<ConsentQuery, 'coverage'>,
): { decision: ConsentDecision; link: string } {
  const decision = consentDecision(consents, { ...query, coverage: 'referral-details' });
  return { decision, link: decision.allowed ? `Consent/${decision.consent.id ?? ''}` : '' };
}
