import type { BundleEntry, Provenance, Task } from 'fhir/r4';
import { guardedPut } from './versioned';

const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';

/** Who changed what and when: a Provenance entry for a transaction (agent = the signed-in role). */
export function provenanceEntry(
  targets: readonly string[],
  user: { reference: string; organisation?: { reference: string } | undefined },
  activity: 'CREATE' | 'UPDATE',
  recorded: string,
  fullUrl?: string,
): BundleEntry {
  const provenance: Provenance = {
    resourceType: 'Provenance',
    target: targets.map((reference) => ({ reference })),
    recorded,
    activity: { coding: [{ system: DATA_OPERATION, code: activity }] },
    agent: [
      {
        who: { reference: user.reference },
        ...(user.organisation ? { onBehalfOf: { reference: user.organisation.reference } } : {}),
      },
    ],
  };
  return { ...(fullUrl ? { fullUrl } : {}), resource: provenance, request: { method: 'POST', url: 'Provenance' } };
}

/**
 * A change to a Task that says who made it: the Task (guarded by If-Match) links the Provenance
 * written in the same transaction through Task.relevantHistory, the FHIR element for exactly this.
 * The Provenance also targets the patient, so the referrer's patient-level access can read it.
 */
export function taskChangeEntries(
  next: Task,
  baseVersion: string | undefined,
  user: { reference: string; organisation?: { reference: string } | undefined },
  recorded: string,
  otherTargets: readonly string[] = [],
): { task: BundleEntry; provenance: BundleEntry } {
  const provenanceUrl = `urn:uuid:${crypto.randomUUID()}`;
  const task: Task = { ...next, relevantHistory: [...(next.relevantHistory ?? []), { reference: provenanceUrl }] };
  const targets = [`Task/${next.id ?? ''}`, ...otherTargets, ...(next.for?.reference ? [next.for.reference] : [])];
  return {
    task: guardedPut(task, baseVersion),
    provenance: provenanceEntry(targets, user, 'UPDATE', recorded, provenanceUrl),
  };
}
