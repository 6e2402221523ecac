import { queryOptions } from '@tanstack/react-query';
import type { FhirGateway } from '../../fhir/gateway';
import { queryKeys } from '../../fhir/queryKeys';
import type { SuppressionRule } from '../suppression';
import { loadNarrative, loadReportFigures } from './api';

export function reportFiguresQuery(gateway: FhirGateway, periodId: string, rule: SuppressionRule) {
  return queryOptions({
    queryKey: queryKeys.reportFigures(periodId),
    queryFn: () => loadReportFigures(gateway, periodId, rule),
  });
}

export function reportNarrativeQuery(gateway: FhirGateway, periodId: string) {
  return queryOptions({
    queryKey: queryKeys.reportNarrative(periodId),
    queryFn: () => loadNarrative(gateway, periodId),
  });
}
