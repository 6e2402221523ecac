import { useQuery } from '@tanstack/react-query';
import type { MeasureReport } from '@medplum/fhirtypes';
import type { FhirGateway } from '../../fhir/gateway';
import { queryKeys } from '../../fhir/queryKeys';
import type { Period } from '../periods';
import { dashboardIdentifiers, loadMeasureReports } from './api';
import { partsOf } from './periodChoice';
import type { MonthRange } from './range';
import { rangeIdentifiers } from './rangeReports';

export type Loaded =
  { state: 'loading' } | { state: 'ready'; reports: MeasureReport[] } | { state: 'failed'; error: unknown };

function useReports(gateway: FhirGateway, id: string, identifiers: () => string[], anySystem: boolean): Loaded {
  const query = useQuery({
    queryKey: queryKeys.measureReports(id),
    queryFn: () => loadMeasureReports(gateway, identifiers(), { anySystem }),
  });
  if (query.error) {
    return { state: 'failed', error: query.error };
  }
  return query.data ? { state: 'ready', reports: query.data } : { state: 'loading' };
}

/** The chosen period's MeasureReports: one search (see api.ts). */
export function useMeasureReports(gateway: FhirGateway, period: Period): Loaded {
  return useReports(gateway, period.id, () => dashboardIdentifiers(period, partsOf(period)), false);
}

/** A custom range's month reports: one search too, whatever the range's length. */
export function useRangeReports(gateway: FhirGateway, range: MonthRange): Loaded {
  return useReports(gateway, range.period.id, () => rangeIdentifiers(range), true);
}
