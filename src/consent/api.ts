import type { Consent } from 'fhir/r4';
import { createOnce } from '../fhir/createOnce';
import type { FhirGateway } from '../fhir/gateway';
import { decisionBundle, type DecisionContext, type DecisionPlan } from './decisionPlan';

/** Records the patient's decision (conditional create on its identifier). */
export function saveConsent(gateway: FhirGateway, consent: Consent): Promise<Consent> {
  return createOnce(gateway, consent);
}

/** Saves what the clinician chose (the decision, and a withdrawal only if they chose one) in one transaction. */
export async function saveDecision(gateway: FhirGateway, plan: DecisionPlan, ctx: DecisionContext): Promise<void> {
  await gateway.transaction(decisionBundle(plan, ctx));
}
