import type { CodeableConcept, ExtractResource, Reference, ResourceType } from '@medplum/fhirtypes';

/** Small helpers shared by the seed modules (pure). */

export const SNOMED_SYSTEM = 'http://snomed.info/sct';

/** A literal relative reference, e.g. ref('Patient', 'pat-001') -> { reference: 'Patient/pat-001' }. */
export function ref<K extends ResourceType>(type: K, id: string, display?: string): Reference<ExtractResource<K>> {
  return display === undefined ? { reference: `${type}/${id}` } : { reference: `${type}/${id}`, display };
}

/** A SNOMED CT concept with the same text as its display. */
export function snomed(code: string, display: string): CodeableConcept {
  return { coding: [{ system: SNOMED_SYSTEM, code, display }], text: display };
}

/** A text-only concept (used where no well-known code exists). */
export function text(value: string): CodeableConcept {
  return { text: value };
}

/** An instant `days` days (and optional hours) before `now`, as a FHIR instant with seconds. */
export function before(now: Date, days: number, hours = 0): string {
  const ms = now.getTime() - (days * 24 + hours) * 60 * 60 * 1000;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}
