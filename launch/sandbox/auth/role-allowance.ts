import { SCOPES } from '../../../src/smart/scopes';
import type { FhirInteraction } from '../types';
import type { Principal } from './principal';
import { interactionLetter, parseResourceScope, type ResourceGrant } from './scopes';

/**
 * THE place that says which resource scopes each kind of user may hold. It is the app's own
 * declaration (src/smart/scopes.ts) per role, so the app never asks for more than its role may
 * have. A clinician in a patient's record holds patient-level scopes only; without a patient
 * (the practice worklist, launch profile `practice`) they may hold the practice profile's
 * user-level scopes (read only, apart from marking a message read), and the record rules then
 * limit them to the referrals they or their organisation made.
 */
const ORDER: readonly FhirInteraction[] = ['create', 'read', 'update', 'delete', 'search'];

function resourceGrants(scopes: readonly string[]): ResourceGrant[] {
  return scopes.flatMap((scope) => {
    const parsed = parseResourceScope(scope);
    return 'reason' in parsed ? [] : [parsed];
  });
}

const clinician = resourceGrants(SCOPES.clinician);

const clinicianWithoutPatient: readonly ResourceGrant[] = resourceGrants(SCOPES.practice);

const ALLOWANCE: Readonly<Record<'adviser' | 'lead', readonly ResourceGrant[]>> = {
  adviser: resourceGrants(SCOPES.adviser),
  lead: resourceGrants(SCOPES.lead),
};

/** The resource scopes a user may hold; undefined = no limit (the test-only admin). */
export function allowanceFor(principal: Principal): readonly ResourceGrant[] | undefined {
  if (principal.kind === 'test-admin') {
    return undefined;
  }
  if (principal.kind === 'clinician') {
    return principal.patient === undefined ? clinicianWithoutPatient : clinician;
  }
  return ALLOWANCE[principal.kind];
}

function scopeText(level: ResourceGrant['level'], resourceType: string, interactions: Set<FhirInteraction>): string {
  return `${level}/${resourceType}.${ORDER.filter((i) => interactions.has(i))
    .map(interactionLetter)
    .join('')}`;
}

/**
 * Scopes granted = scopes requested ∩ the allowance. A requested wildcard becomes the allowed types
 * one by one; a requested scope that is wholly allowed keeps its own text; nothing is ever widened.
 */
export function intersectGrants(
  requested: readonly ResourceGrant[],
  allowance: readonly ResourceGrant[] | undefined,
): ResourceGrant[] {
  if (allowance === undefined) {
    return [...requested];
  }
  const out = new Map<string, { level: ResourceGrant['level']; type: string; set: Set<FhirInteraction> }>();
  for (const want of requested) {
    for (const allowed of allowance) {
      if (allowed.level !== want.level) {
        continue;
      }
      if (want.resourceType !== '*' && allowed.resourceType !== '*' && want.resourceType !== allowed.resourceType) {
        continue;
      }
      const type = want.resourceType === '*' ? allowed.resourceType : want.resourceType;
      const both = [...want.interactions].filter((i) => allowed.interactions.has(i));
      if (both.length === 0) {
        continue;
      }
      const key = `${want.level}/${type}`;
      const entry = out.get(key) ?? { level: want.level, type, set: new Set<FhirInteraction>() };
      both.forEach((i) => entry.set.add(i));
      out.set(key, entry);
    }
  }
  return [...out.values()].map(({ level, type, set }) => {
    const exact = requested.find(
      (r) => r.level === level && r.resourceType === type && r.interactions.size === set.size,
    );
    return exact && [...exact.interactions].every((i) => set.has(i))
      ? exact
      : { level, resourceType: type, interactions: set, scope: scopeText(level, type, set) };
  });
}

/** Only the read and search part of each grant (an EHR that grants read access only). */
export function readOnlyGrants(grants: readonly ResourceGrant[]): ResourceGrant[] {
  return grants.flatMap((g) => {
    const set = new Set([...g.interactions].filter((i) => i === 'read' || i === 'search'));
    if (set.size === 0) {
      return [];
    }
    return set.size === g.interactions.size
      ? [g]
      : [{ ...g, interactions: set, scope: scopeText(g.level, g.resourceType, set) }];
  });
}
