import type { PartnershipConfig } from '../config/partnership';
import type { SearchParams } from '../fhir/gateway';

/** The search for the checklist (src/app/boot.ts starts it as the token arrives). */
export function checklistSearch(questionnaire: PartnershipConfig['questionnaire']): SearchParams {
  return { url: questionnaire.url, version: questionnaire.version };
}
