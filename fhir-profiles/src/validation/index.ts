import { loadDataType, OperationOutcomeError, validateResource } from '@medplum/core';
import type { OperationOutcomeIssue, Resource, StructureDefinition } from '@medplum/fhirtypes';
import { CANONICAL_BASE } from '../canonical';
import { BindingChecker } from './bindings';
import { indexBaseDefinitions } from './definitions';
import { withExtensionSliceUrls } from './medplum-profile';
import { readPackage } from './package';
import { SdIndex } from './structure-definitions';
import { ValueSetExpander } from './value-sets';

/** Validates resources against base R4 and, where `meta.profile` claims one, the HJP profiles. */
export interface ResourceValidator {
  /** Error-level issues; an empty list means the resource is valid. */
  validate(resource: Resource): OperationOutcomeIssue[];
}

const isError = (i: OperationOutcomeIssue): boolean => i.severity === 'error' || i.severity === 'fatal';

/** Medplum's structural validation (cardinality, types, fixed/pattern values, slices, invariants). */
function medplumIssues(resource: Resource, profile?: StructureDefinition): OperationOutcomeIssue[] {
  try {
    return validateResource(resource, profile ? { profile } : undefined).filter(isError);
  } catch (err) {
    if (err instanceof OperationOutcomeError) {
      return err.outcome.issue.filter(isError);
    }
    throw err;
  }
}

function dedupe(issues: OperationOutcomeIssue[]): OperationOutcomeIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.expression?.join(',') ?? ''}|${i.details?.text ?? i.diagnostics ?? ''}`;
    if (seen.has(k)) {
      return false;
    }
    seen.add(k);
    return true;
  });
}

/**
 * Loads a validator. `packageDir` is the compiled HJP FHIR package (fhir-profiles/build/package).
 * Checks: base R4 (Medplum), each claimed HJP profile (Medplum, with the package snapshot,
 * including FHIRPath invariants), required bindings (base R4, or the claimed HJP profiles),
 * and rejects a claimed HJP profile the package does not define.
 */
export function loadValidator(packageDir: string): Promise<ResourceValidator> {
  indexBaseDefinitions();
  const pkg = readPackage(packageDir);
  for (const sd of pkg.structureDefinitions) {
    loadDataType(sd);
  }
  const sds = new SdIndex(pkg.structureDefinitions);
  const bindings = new BindingChecker(sds, new ValueSetExpander(pkg.valueSets, pkg.codeSystems));
  const prefix = `${CANONICAL_BASE}/StructureDefinition/`;
  const forMedplum = new Map(pkg.structureDefinitions.map((sd) => [sd.url, withExtensionSliceUrls(sd)]));

  return Promise.resolve({
    validate(resource: Resource): OperationOutcomeIssue[] {
      const issues: OperationOutcomeIssue[] = [];
      const claimed = (resource.meta?.profile ?? []).filter((p) => p.startsWith(prefix));
      let profiled = false;
      for (const url of claimed) {
        const sd = sds.get(url);
        if (sd?.sd.kind !== 'resource' || sd.root !== resource.resourceType) {
          issues.push({
            severity: 'error',
            code: 'not-supported',
            details: { text: `Unknown HJP profile ${url} for ${resource.resourceType}` },
            expression: [`${resource.resourceType}.meta.profile`],
          });
          continue;
        }
        // A profile's snapshot includes the base definition, so base R4 is checked too.
        profiled = true;
        issues.push(...medplumIssues(resource, forMedplum.get(url) ?? sd.sd), ...bindings.check(resource as never, sd));
      }
      if (!profiled) {
        issues.push(...medplumIssues(resource));
        const base = sds.base(resource.resourceType);
        if (base) {
          issues.push(...bindings.check(resource as never, base));
        }
      }
      return dedupe(issues);
    },
  });
}
