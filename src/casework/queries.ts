import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { FhirError } from '../fhir/errors';
import type { FhirGateway } from '../fhir/gateway';
import { queryKeys } from '../fhir/queryKeys';
import { loadCase } from './caseRecord';
import { caseloadParams, countsBatch, readCounts, type CaseloadFilters } from './caseloadQuery';
import { readCaseloadPage, type CaseloadPage } from './caseloadRows';

export function caseQuery(gateway: FhirGateway, taskId: string, org: string) {
  return queryOptions({ queryKey: queryKeys.case(taskId), queryFn: () => loadCase(gateway, taskId, org, new Date()) });
}

/**
 * Page `page` (1-based) of the caseload. Page 1 is the search; page n follows page n-1's `next`
 * link (read from the cache when it is there), so paging needs only the links every server gives
 * and a reload of page 3 walks the links again. Moving one page on from a cached page is one request.
 */
export function caseloadPageQuery(
  client: QueryClient,
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  page: number,
): ReturnType<typeof queryOptions<CaseloadPage>> {
  return queryOptions<CaseloadPage>({
    queryKey: queryKeys.caseloadPage(org, filters, page),
    queryFn: async () => {
      if (page <= 1) {
        return readCaseloadPage(await gateway.search('Task', caseloadParams(org, filters)));
      }
      const before = await client.query(caseloadPageQuery(client, gateway, org, filters, page - 1));
      if (!before.next) {
        throw new FhirError('not-found', undefined, undefined, `caseload page ${String(page)}`);
      }
      return readCaseloadPage(await gateway.page(before.next));
    },
  });
}

export function caseloadCountsQuery(gateway: FhirGateway, org: string, filters: CaseloadFilters) {
  return queryOptions({
    queryKey: queryKeys.caseloadCounts(org, filters),
    queryFn: async () => readCounts(await gateway.transaction(countsBatch(org, filters))),
  });
}
