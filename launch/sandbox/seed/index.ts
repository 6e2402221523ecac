import type { Resource } from '@medplum/fhirtypes';
import { caseworkResources } from './casework';
import { clinicalResources } from './clinical';
import { measureResources } from './measures';
import { organisationResources } from './organisations';
import { patientResources } from './patients';
import { userResources } from './users';

/**
 * One seed module per kind of data. Each returns resources whose references point only at
 * resources of earlier modules or of itself. Later seed modules (e.g. casework: referrals,
 * consents, messages) are appended to this list.
 */
export type SeedModule = (now: Date) => Resource[];

export const seedModules: readonly SeedModule[] = [
  organisationResources,
  userResources,
  patientResources,
  clinicalResources,
  caseworkResources,
  measureResources,
];

/**
 * The synthetic UK seed, loaded when the sandbox starts with an empty store. Fresh objects on
 * every call (callers may mutate them); times that must stay current are relative to `now`.
 */
export function seedResources(now: Date = new Date()): Resource[] {
  return seedModules.flatMap((module) => structuredClone(module(now)));
}
