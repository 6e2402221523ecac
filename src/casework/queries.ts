import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { FhirError } from '../fhir/errors';
import type { FhirGateway } from '../fhir/gateway';
import { queryKeys } from '../fhir/queryKeys';
import type { Task } from 'fhir/r4';
import { loadAdvisers, loadOtherOpenReferrals } from './api';
import { loadCase } from './caseRecord';
import { loadCaseloadPage, type CaseloadPageAt } from './caseloadPaging';
import { countsBatch, readCounts, type CaseloadFilters } from './caseloadQuery';

export function caseQuery(gateway: FhirGateway, taskId: string, org: string) {
  return queryOptions({ queryKey: queryKeys.case(taskId), queryFn: () => loadCase(gateway, taskId, org, new Date()) });
}

/**
 * Page `page` (1-based) of the caseload, urgent cases first (src/casework/caseloadPaging.ts). Page 1
 * starts at the first urgency search; page n starts where page n-1 ended (its `next` cursor, read
 * from the cache when it is there), so paging needs only the `next` links every server gives, and a
 * reload of page 3 walks them again. When a cached page is fetched again (back from a case), rows it
 * carried over from the page before are read again too.
 */
export function caseloadPageQuery(
  client: QueryClient,
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  page: number,
): ReturnType<typeof queryOptions<CaseloadPageAt>> {
  const queryKey = queryKeys.caseloadPage(org, filters, page);
  return queryOptions<CaseloadPageAt>({
    queryKey,
    queryFn: async () => {
      const refreshCarried = client.getQueryData(queryKey) !== undefined;
      if (page <= 1) {
        return loadCaseloadPage(gateway, org, filters, { segment: 0 });
      }
      const before = await client.query(caseloadPageQuery(client, gateway, org, filters, page - 1));
      if (!before.next) {
        throw new FhirError('not-found', undefined, undefined, `caseload page ${String(page)}`);
      }
      return loadCaseloadPage(gateway, org, filters, before.next, undefined, { refreshCarried });
    },
  });
}

export function caseloadCountsQuery(gateway: FhirGateway, org: string, filters: CaseloadFilters) {
  return queryOptions({
    queryKey: queryKeys.caseloadCounts(org, filters),
    queryFn: async () => readCounts(await gateway.transaction(countsBatch(org, filters))),
  });
}

/** The organisation's advisers: who "Assign to" offers (directory data; changes rarely). */
export function advisersQuery(gateway: FhirGateway, org: string) {
  return queryOptions({
    queryKey: queryKeys.advisers(org),
    queryFn: () => loadAdvisers(gateway, org),
    staleTime: 5 * 60_000,
  });
}

/** The patient's other open referrals to the organisation (duplicates notice on the case). */
export function otherOpenReferralsQuery(gateway: FhirGateway, task: Task, org: string) {
  return queryOptions({
    queryKey: queryKeys.caseDuplicates(task.id ?? ''),
    queryFn: () => loadOtherOpenReferrals(gateway, task, org),
  });
}
