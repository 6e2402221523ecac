import { useQuery } from '@tanstack/react-query';
import type { MeasureReport } from '@medplum/fhirtypes';
import type { FhirGateway } from '../../fhir/gateway';
import { queryKeys } from '../../fhir/queryKeys';
import type { Period } from '../periods';
import { dashboardIdentifiers, loadMeasureReports } from './api';
import { partsOf } from './periodChoice';

export type Loaded =
  { state: 'loading' } | { state: 'ready'; reports: MeasureReport[] } | { state: 'failed'; error: unknown };

/** The chosen period's MeasureReports: one search (see api.ts). */
export function useMeasureReports(gateway: FhirGateway, period: Period): Loaded {
  const query = useQuery({
    queryKey: queryKeys.measureReports(period.id),
    queryFn: () => loadMeasureReports(gateway, dashboardIdentifiers(period, partsOf(period))),
  });
  if (query.error) {
    return { state: 'failed', error: query.error };
  }
  return query.data ? { state: 'ready', reports: query.data } : { state: 'loading' };
}
