import { queryOptions } from '@tanstack/react-query';
import { takeEarly } from '../fhir/earlyRequests';
import type { FhirGateway } from '../fhir/gateway';
import { FIRST_SCREEN_FRESH_MS, queryKeys } from '../fhir/queryKeys';
import { loadConsents } from './read';

export function consentsQuery(gateway: FhirGateway, patientId: string) {
  return queryOptions({
    queryKey: queryKeys.consents(patientId),
    queryFn: () => loadConsents(gateway, patientId, takeEarly(queryKeys.consents(patientId))),
    staleTime: FIRST_SCREEN_FRESH_MS,
  });
}
