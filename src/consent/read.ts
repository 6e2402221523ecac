import type { Bundle, Consent } from 'fhir/r4';
import type { FhirGateway } from '../fhir/gateway';
import { consentsSearch } from './search';

/**
 * The patient's consents on record (all of them: the domain rule picks the one that counts).
 * Reading apart from writing (api.ts): the first screen reads consents and loads none of the
 * code that records a decision.
 */
export async function loadConsents(
  gateway: FhirGateway,
  patientId: string,
  started?: Promise<Bundle>,
): Promise<Consent[]> {
  const bundle = await (started ?? gateway.search('Consent', consentsSearch(patientId)));
  return (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Consent' ? [e.resource as Consent] : []));
}
