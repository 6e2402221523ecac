import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeSystem, Resource, StructureDefinition, ValueSet } from '@medplum/fhirtypes';

/** The compiled HJP FHIR package (fhir-profiles/build/package), by resource type. */
export interface FhirPackage {
  structureDefinitions: StructureDefinition[];
  codeSystems: CodeSystem[];
  valueSets: ValueSet[];
  /** Every resource of the package (conformance resources and the Questionnaire). */
  all: Resource[];
}

/** Reads every resource JSON of a package folder (package.json and dot-files skipped). */
export function readPackage(packageDir: string): FhirPackage {
  if (!existsSync(join(packageDir, 'package.json'))) {
    throw new Error(`No FHIR package at ${packageDir}: run \`npm run profiles:build\``);
  }
  const all = readdirSync(packageDir)
    .filter((f) => f.endsWith('.json') && f !== 'package.json' && !f.startsWith('.'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(packageDir, f), 'utf8')) as Resource);
  return {
    all,
    structureDefinitions: all.filter((r): r is StructureDefinition => r.resourceType === 'StructureDefinition'),
    codeSystems: all.filter((r): r is CodeSystem => r.resourceType === 'CodeSystem'),
    valueSets: all.filter((r): r is ValueSet => r.resourceType === 'ValueSet'),
  };
}
