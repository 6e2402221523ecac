import type { Consent, ServiceRequest } from 'fhir/r4';
import { compareTimes, dateInText } from '../domain/dates';

/** The Consent a referral links (its supportingInfo), as "Consent/<id>". */
export function linkedConsent(request: ServiceRequest): string | undefined {
  return (request.supportingInfo ?? []).map((r) => r.reference).find((r) => r?.startsWith('Consent/'));
}

/**
 * The withdrawal record that ended this referral's consent: an inactive Consent that names it, or
 * any withdrawal recorded after it (a withdrawal ends every earlier agreement); the newest.
 */
export function withdrawalOf(consents: readonly Consent[], consentRef: string | undefined): Consent | undefined {
  const linked = consents.find((c) => c.id !== undefined && `Consent/${c.id}` === consentRef);
  if (!consentRef || !linked) {
    return undefined;
  }
  return consents
    .filter(
      (c) =>
        c.status === 'inactive' &&
        c.sourceReference?.reference?.startsWith('Consent/') === true &&
        (c.sourceReference.reference === consentRef || compareTimes(c.dateTime, linked.dateTime) > 0),
    )
    .sort((a, b) => compareTimes(b.dateTime, a.dateTime))[0];
}

/** What the referrer is told on the referral's page once its consent was withdrawn. */
export function withdrawalText(withdrawal: Consent, adviceOrg: string): string {
  return `The patient withdrew their consent for this referral on ${dateInText(withdrawal.dateTime)}. ${adviceOrg} can no longer see its screening answers, contact details or medical evidence, and can only close the case.`;
}
