// PLACEHOLDER until the seed work lands (same session).
import type { Resource } from '@medplum/fhirtypes';

/** The synthetic UK seed, loaded when the sandbox starts with an empty store. */
export function seedResources(): Resource[] {
  return [];
}
