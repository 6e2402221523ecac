import type { PractitionerRole, Resource, Task } from '@medplum/fhirtypes';
import type { Task as R4Task } from 'fhir/r4';
import { USER_ROLE_SYSTEM } from '../../../fhir-profiles/src/canonical';
import { caseOwnerOf } from '../../../src/domain/caseOwner';
import type { Principal } from './principal';
import { idIn, isReferralTask, type RecordFacts } from './record-facts';

/**
 * The case owner (the case-owner extension on a referral Task, src/domain/caseOwner.ts): only an
 * adviser of the organisation that owns the Task gives a case to someone, and only to an active
 * adviser of that same organisation (or back to nobody). The referrer never changes it.
 */
export function caseOwnerProblem(
  facts: RecordFacts,
  who: Principal,
  next: Resource,
  current: Resource | undefined,
): string | undefined {
  if (next.resourceType !== 'Task' || !isReferralTask(next)) {
    return undefined;
  }
  const wanted = caseOwnerOf(next as R4Task)?.reference;
  const before = current === undefined ? undefined : caseOwnerOf(current as R4Task)?.reference;
  if (wanted === before) {
    return undefined;
  }
  const org = ((current ?? next) as Task).owner?.reference;
  if (who.kind !== 'adviser' || org === undefined || who.organization !== org) {
    return 'Only an adviser of the advice organisation that owns the case can assign it.';
  }
  if (wanted === undefined) {
    return undefined;
  }
  const id = idIn(wanted, 'PractitionerRole');
  const role = id ? (facts.view.current('PractitionerRole', id) as PractitionerRole | undefined) : undefined;
  if (role?.organization?.reference !== org || role.active === false || !isAdviser(role)) {
    return 'A case can only be assigned to an adviser of the advice organisation that owns it.';
  }
  return undefined;
}

function isAdviser(role: PractitionerRole): boolean {
  return (role.code ?? []).some((cc) =>
    (cc.coding ?? []).some((c) => c.system === USER_ROLE_SYSTEM && c.code === 'adviser'),
  );
}
