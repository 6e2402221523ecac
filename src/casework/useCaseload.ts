import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReferralTaskStatus } from '../../fhir-profiles/src/terminology';
import type { FhirGateway } from '../fhir/gateway';
import type { CaseloadPageAt } from './caseloadPaging';
import type { CaseloadFilters } from './caseloadQuery';
import { caseloadCountsQuery, caseloadPageQuery } from './queries';

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/**
 * The caseload page and the counts. A filter change makes its requests in parallel (the urgent and
 * routine searches of the first page and one batch of counts); moving on a page makes one (its
 * `next` link), two where the urgent cases end.
 */
export function useCaseload(
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  page: number,
): {
  page: Load<CaseloadPageAt>;
  counts: Partial<Record<ReferralTaskStatus, number>> | undefined;
} {
  const client = useQueryClient();
  const pageQuery = useQuery(caseloadPageQuery(client, gateway, org, filters, page));
  const counts = useQuery(caseloadCountsQuery(gateway, org, filters));
  return { page: asLoad(pageQuery), counts: counts.data };
}

function asLoad<T>(query: { data: T | undefined; error: unknown }): Load<T> {
  if (query.error) {
    return { state: 'failed', error: query.error };
  }
  return query.data === undefined ? { state: 'loading' } : { state: 'ready', value: query.data };
}
