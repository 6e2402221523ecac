import type { SearchParams } from '../fhir/gateway';

/** The search for the patient's consents (src/app/boot.ts starts it as the token arrives). */
export function consentsSearch(patientId: string): SearchParams {
  return { patient: `Patient/${patientId}`, _count: '100' };
}
