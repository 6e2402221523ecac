import type { Encounter } from 'fhir/r4';
import type { FhirGateway } from '../fhir/gateway';

/** A ward as the referral names it: the Location reference with its display ("Ward 7"). */
export interface Ward {
  reference: string;
  display: string;
}

/**
 * The ward of the encounter in context (a ward launch): the Encounter's active (else first)
 * location. Undefined when the encounter names none, or cannot be read (the referral is sent
 * without it rather than not at all).
 */
export async function readWard(gateway: FhirGateway, encounterId: string): Promise<Ward | undefined> {
  try {
    const encounter = await gateway.read<Encounter>('Encounter', encounterId);
    const places = encounter.location ?? [];
    const place = (places.find((l) => l.status === 'active') ?? places[0])?.location;
    return place?.reference ? { reference: place.reference, display: place.display ?? 'the ward' } : undefined;
  } catch {
    return undefined;
  }
}
