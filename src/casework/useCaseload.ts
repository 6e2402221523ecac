import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReferralTaskStatus } from '../../fhir-profiles/src/terminology';
import type { FhirGateway } from '../fhir/gateway';
import type { CaseloadFilters } from './caseloadQuery';
import type { CaseloadPage } from './caseloadRows';
import { caseloadCountsQuery, caseloadPageQuery } from './queries';

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/**
 * The caseload page and the counts. A filter change makes two requests in parallel (the page
 * search and one batch of counts); moving on a page makes exactly one (its Bundle.link).
 */
export function useCaseload(
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  page: number,
): {
  page: Load<CaseloadPage>;
  counts: Partial<Record<ReferralTaskStatus, number>> | undefined;
} {
  const client = useQueryClient();
  const pageQuery = useQuery(caseloadPageQuery(client, gateway, org, filters, page));
  const counts = useQuery(caseloadCountsQuery(gateway, org, filters));
  return { page: asLoad(pageQuery), counts: counts.data };
}

function asLoad<T>(query: { data: T | undefined; error: unknown; isFetching: boolean }): Load<T> {
  if (query.error) {
    return { state: 'failed', error: query.error };
  }
  return query.data === undefined ? { state: 'loading' } : { state: 'ready', value: query.data };
}
