import type { Principal } from './principal';
import { allowanceFor, intersectGrants, readOnlyGrants } from './role-allowance';
import type { ParsedScopes } from './scopes';
import type { Grant } from './store';

export interface ChosenContext {
  readonly user: string;
  readonly patient: string | undefined;
  readonly encounter: string | undefined;
  readonly needPatientBanner: boolean;
  /** true for an EHR launch (a `launch` parameter), false for standalone. */
  readonly ehrLaunch: boolean;
  /** The EHR grants read and search only, whatever was asked (the launcher's `grant=read-only`). */
  readonly readOnly?: boolean;
}

const KEPT_FLAGS = ['openid', 'fhirUser', 'profile', 'online_access', 'offline_access'];

/**
 * What is granted: the context the scopes ask for and the resource scopes that context supports,
 * within what the user's role may have (requested ∩ allowance). Patient-level scopes need a
 * patient in context; without one they are dropped, never widened.
 */
export function decideGrant(
  clientId: string,
  scope: ParsedScopes,
  chosen: ChosenContext,
  principalOf: (patient: string | undefined) => Principal,
): Grant {
  const flags = scope.flags;
  const wantsPatient = flags.has('launch/patient') || (chosen.ehrLaunch && flags.has('launch'));
  const wantsEncounter = flags.has('launch/encounter') || (chosen.ehrLaunch && flags.has('launch'));
  const patient = wantsPatient ? chosen.patient : undefined;
  const encounter = wantsEncounter && patient !== undefined ? chosen.encounter : undefined;
  const principal = principalOf(patient);
  const allowed = intersectGrants(
    scope.grants.filter((g) => g.level === 'user' || patient !== undefined),
    allowanceFor(principal),
  );
  const grants = chosen.readOnly === true ? readOnlyGrants(allowed) : allowed;
  const granted = new Set(KEPT_FLAGS.filter((f) => flags.has(f)));
  if (chosen.ehrLaunch && flags.has('launch')) {
    granted.add('launch');
  }
  if (patient !== undefined && flags.has('launch/patient')) {
    granted.add('launch/patient');
  }
  if (encounter !== undefined && flags.has('launch/encounter')) {
    granted.add('launch/encounter');
  }
  return {
    clientId,
    user: chosen.user,
    principal,
    patient,
    encounter,
    needPatientBanner: chosen.needPatientBanner,
    grants,
    flags: granted,
    scope: [...granted, ...grants.map((g) => g.scope)].join(' '),
  };
}
