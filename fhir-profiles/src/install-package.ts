import type { Resource } from '@medplum/fhirtypes';

/** The part of fhir-kit-client's Client the installer uses. */
export interface FhirWriter {
  search(params: { resourceType: string; searchParams: Record<string, string> }): Promise<unknown>;
  update(params: { resourceType: string; id: string; body: never }): Promise<unknown>;
}

export interface InstallSummary {
  created: number;
  updated: number;
  unchanged: number;
}

/** The conformance resources a server needs: profiles, extensions, code systems, value sets, search parameters, the Questionnaire. */
export const INSTALLED_TYPES = [
  'StructureDefinition',
  'CodeSystem',
  'ValueSet',
  'SearchParameter',
  'Questionnaire',
] as const;

type Canonical = Resource & { id?: string; url?: string; version?: string };

const strip = (r: Canonical): string => JSON.stringify({ ...r, id: undefined, meta: undefined });

/**
 * Installs conformance resources idempotently: looks each up by canonical url (+ version);
 * an identical one is left alone, a different one is updated in place (PUT to its id), a
 * missing one is PUT with the package's id. Running it twice creates no duplicates.
 */
export async function installPackage(client: FhirWriter, resources: Resource[]): Promise<InstallSummary> {
  const summary: InstallSummary = { created: 0, updated: 0, unchanged: 0 };
  const wanted = resources.filter((r): r is Canonical =>
    (INSTALLED_TYPES as readonly string[]).includes(r.resourceType),
  );
  for (const r of wanted) {
    if (!r.url || !r.id) {
      throw new Error(`${r.resourceType} without url or id cannot be installed`);
    }
    const searchParams: Record<string, string> = { url: r.url };
    if (r.version) {
      searchParams.version = r.version;
    }
    const bundle = (await client.search({ resourceType: r.resourceType, searchParams })) as {
      entry?: { resource?: Canonical }[];
    };
    // Filter again: some servers match uri parameters by prefix (seen on the sandbox).
    const existing = (bundle.entry ?? [])
      .flatMap((e) => (e.resource ? [e.resource] : []))
      .filter((e) => e.url === r.url && (!r.version || e.version === r.version));
    if (existing.length > 1) {
      throw new Error(`${r.resourceType} ${r.url} is on the server ${String(existing.length)} times`);
    }
    const found = existing[0];
    if (found && strip(found) === strip(r)) {
      summary.unchanged++;
      continue;
    }
    const id = found?.id ?? r.id;
    await client.update({ resourceType: r.resourceType, id, body: { ...r, id } as never });
    if (found) {
      summary.updated++;
    } else {
      summary.created++;
    }
  }
  return summary;
}
