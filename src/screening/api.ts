import type { Bundle, Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import type { PartnershipConfig } from '../config/partnership';
import { createOnce } from '../fhir/createOnce';
import { FhirError } from '../fhir/errors';
import type { FhirGateway } from '../fhir/gateway';
import { questionnaireFromSearch } from './questionnaire';
import { checklistSearch } from './search';

/** The partnership's welfare checklist (its canonical url and version), in one search. */
export async function loadChecklist(
  gateway: FhirGateway,
  questionnaire: PartnershipConfig['questionnaire'],
  started?: Promise<Bundle>,
): Promise<Questionnaire> {
  const bundle = await (started ?? gateway.search('Questionnaire', checklistSearch(questionnaire)));
  const found = questionnaireFromSearch(bundle, questionnaire.url, questionnaire.version);
  if (found === 'missing') {
    throw new FhirError('not-found', undefined, undefined, 'welfare checklist');
  }
  if (found === 'malformed') {
    throw new FhirError('malformed', undefined, undefined, 'welfare checklist');
  }
  return found;
}

/** Saves the finished checklist (conditional create: saving twice keeps one). */
export function saveScreening(gateway: FhirGateway, response: QuestionnaireResponse): Promise<QuestionnaireResponse> {
  return createOnce(gateway, response);
}
