import type { Bundle, Consent } from 'fhir/r4';
import { createOnce } from '../fhir/createOnce';
import type { FhirGateway } from '../fhir/gateway';
import { consentsSearch } from './search';
import { decisionBundle, type DecisionContext, type DecisionPlan } from './decisionPlan';

/** The patient's consents on record (all of them: the domain rule picks the one that counts). */
export async function loadConsents(
  gateway: FhirGateway,
  patientId: string,
  started?: Promise<Bundle>,
): Promise<Consent[]> {
  const bundle = await (started ?? gateway.search('Consent', consentsSearch(patientId)));
  return (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Consent' ? [e.resource as Consent] : []));
}

/** Records the patient's decision (conditional create on its identifier). */
export function saveConsent(gateway: FhirGateway, consent: Consent): Promise<Consent> {
  return createOnce(gateway, consent);
}

/** Saves what the clinician chose (the decision, and a withdrawal only if they chose one) in one transaction. */
export async function saveDecision(gateway: FhirGateway, plan: DecisionPlan, ctx: DecisionContext): Promise<void> {
  await gateway.transaction(decisionBundle(plan, ctx));
}
