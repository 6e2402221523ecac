import type { BundleEntry, Provenance } from 'fhir/r4';

const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';

/** Who changed what and when: a Provenance entry for a transaction (agent = the signed-in role). */
export function provenanceEntry(
  targets: readonly string[],
  user: { reference: string; organisation?: { reference: string } | undefined },
  activity: 'CREATE' | 'UPDATE',
  recorded: string,
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
  return { resource: provenance, request: { method: 'POST', url: 'Provenance' } };
}
