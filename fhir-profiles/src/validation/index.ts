import { OperationOutcomeError, validateResource } from '@medplum/core';
import type { OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import { indexBaseDefinitions } from './definitions';

/** Validates resources against base R4 and, where `meta.profile` claims one, the HJP profiles. */
export interface ResourceValidator {
  /** Error-level issues; an empty list means the resource is valid. */
  validate(resource: Resource): OperationOutcomeIssue[];
}

/**
 * Loads a validator. `packageDir` is the compiled HJP FHIR package (fhir-profiles/build/package).
 * Minimal first version: base R4 only. The fhir-profiles work extends it with the HJP profiles
 * and required-binding checks, keeping this signature.
 */
export function loadValidator(_packageDir: string): Promise<ResourceValidator> {
  indexBaseDefinitions();
  return Promise.resolve({
    validate(resource: Resource): OperationOutcomeIssue[] {
      try {
        const issues = validateResource(resource);
        return issues.filter((i) => i.severity === 'error' || i.severity === 'fatal');
      } catch (err) {
        if (err instanceof OperationOutcomeError) {
          return (err.outcome.issue ?? []).filter((i) => i.severity === 'error' || i.severity === 'fatal');
        }
        throw err;
      }
    },
  });
}
