import { queryOptions } from '@tanstack/react-query';
import type { PartnershipConfig } from '../config/partnership';
import { takeEarly } from '../fhir/earlyRequests';
import type { FhirGateway } from '../fhir/gateway';
import { queryKeys } from '../fhir/queryKeys';
import { loadChecklist } from './read';

/** The checklist changes only with a new version: read once per session. */
export function checklistQuery(gateway: FhirGateway, questionnaire: PartnershipConfig['questionnaire']) {
  return queryOptions({
    queryKey: queryKeys.checklist(questionnaire.url, questionnaire.version),
    queryFn: () =>
      loadChecklist(gateway, questionnaire, takeEarly(queryKeys.checklist(questionnaire.url, questionnaire.version))),
    staleTime: Infinity,
  });
}
