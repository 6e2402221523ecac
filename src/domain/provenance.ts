import type { Bundle, BundleEntry, Provenance, Task } from 'fhir/r4';
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

/** A Task's versions from its _history, oldest first. */
export function taskVersions(history: Bundle): Task[] {
  return (history.entry ?? [])
    .flatMap((e) => (e.resource?.resourceType === 'Task' ? [e.resource as Task] : []))
    .sort((a, b) => Number(a.meta?.versionId ?? 0) - Number(b.meta?.versionId ?? 0));
}

/** The Provenance references each version added to Task.relevantHistory (its record of who made that change). */
export function changeRecords(history: Bundle): Record<string, string> {
  const records: Record<string, string> = {};
  const seen = new Set<string>();
  for (const v of taskVersions(history)) {
    const added = (v.relevantHistory ?? []).map((r) => r.reference ?? '').filter((r) => r && !seen.has(r));
    for (const r of added) {
      seen.add(r);
    }
    const last = added.at(-1);
    if (last && v.meta?.versionId) {
      records[v.meta.versionId] = last;
    }
  }
  return records;
}

/** Task versionId → who made that change: the agent of the Provenance the version links. */
export function changeAuthors(history: Bundle, provenances: Bundle): Record<string, string> {
  const agentOf = new Map<string, string>();
  for (const e of provenances.entry ?? []) {
    const p = e.resource as Provenance | undefined;
    const who = p?.resourceType === 'Provenance' ? p.agent[0]?.who.reference : undefined;
    if (p?.id && who) {
      agentOf.set(`Provenance/${p.id}`, who);
    }
  }
  const authors: Record<string, string> = {};
  for (const [version, record] of Object.entries(changeRecords(history))) {
    const who = agentOf.get(record);
    if (who) {
      authors[version] = who;
    }
  }
  return authors;
}
