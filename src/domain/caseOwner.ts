import type { Bundle, Reference, Task } from 'fhir/r4';
import { EXTENSION } from '../../fhir-profiles/src/terminology';
import { taskChangeEntries } from './provenance';
import { withoutVersion } from './versioned';

/**
 * The case owner: the adviser of the advice organisation who has the case, in the case-owner
 * extension (fhir-profiles extensions.fsh). Task.owner stays the organisation, which the access
 * model, the referrer's view and the evaluation rely on; no extension = unassigned.
 */
export function caseOwnerOf(task: Pick<Task, 'extension'>): Reference | undefined {
  const ext = (task.extension ?? []).find((e) => e.url === EXTENSION.caseOwner);
  return ext?.valueReference?.reference ? ext.valueReference : undefined;
}

/** The Task with the case given to `owner` (a PractitionerRole reference), or unassigned when undefined. */
export function withCaseOwner(task: Task, owner: Reference | undefined, now: string): Task {
  const others = (task.extension ?? []).filter((e) => e.url !== EXTENSION.caseOwner);
  const extension = owner ? [...others, { url: EXTENSION.caseOwner, valueReference: owner }] : others;
  const next: Task = { ...withoutVersion(task), lastModified: now };
  if (extension.length > 0) {
    next.extension = extension;
  } else {
    delete next.extension;
  }
  return next;
}

/**
 * One transaction for an assignment: the Task under If-Match and a Provenance (agent: who
 * assigned, target: the Task and the patient). The Provenance's reason says it was an assignment.
 */
export function assignmentBundle(
  base: Task,
  owner: Reference | undefined,
  user: { reference: string; organisation?: { reference: string } | undefined },
  now: string,
): Bundle {
  const { task, provenance } = taskChangeEntries(withCaseOwner(base, owner, now), base.meta?.versionId, user, now);
  return { resourceType: 'Bundle', type: 'transaction', entry: [task, provenance] };
}

/** "Assigned to Fatima Begum", "Assigned to you", "Unassigned". */
export function ownerText(owner: Reference | undefined, me: string | undefined): string {
  if (!owner) {
    return 'Unassigned';
  }
  if (me !== undefined && owner.reference === me) {
    return 'Assigned to you';
  }
  return `Assigned to ${owner.display ?? 'another adviser'}`;
}
