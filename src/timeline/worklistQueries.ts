import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { FhirGateway } from '../fhir/gateway';
import { LIVE_UPDATES } from '../fhir/liveUpdates';
import { queryKeys } from '../fhir/queryKeys';
import { loadReferral, loadWorklistPage, type WorklistPage } from './worklistApi';
import type { WorklistFilters } from './worklistFilterCodes';

/** The raw page at a server cursor (cached: walking to page N reuses the pages before it). */
function worklistAtQuery(gateway: FhirGateway, me: string, filters: WorklistFilters, cursor: string | undefined) {
  return queryOptions({
    queryKey: queryKeys.worklistAt(filters, cursor),
    queryFn: () => loadWorklistPage(gateway, me, filters, cursor),
  });
}

/**
 * Page `page` (1-based) of the worklist. Only `next` links exist, so page N starts where page N-1
 * said `next`: the pages before are taken from the cache, or read once (after a reload at ?page=N).
 * Past the last page, the last page is shown. Read again every poll while shown.
 */
export function worklistQuery(
  client: QueryClient,
  gateway: FhirGateway,
  me: string,
  filters: WorklistFilters,
  page: number,
) {
  return queryOptions({
    queryKey: queryKeys.worklistPage(filters, page),
    queryFn: async (): Promise<WorklistPage & { page: number }> => {
      let cursor: string | undefined;
      for (let n = 1; n < page; n += 1) {
        const before = await client.query({ ...worklistAtQuery(gateway, me, filters, cursor), staleTime: 'static' });
        if (!before.next) {
          return { ...(await loadWorklistPage(gateway, me, filters, cursor)), page: n };
        }
        cursor = before.next;
      }
      const shown = await loadWorklistPage(gateway, me, filters, cursor);
      client.setQueryData(queryKeys.worklistAt(filters, cursor), shown);
      return { ...shown, page };
    },
    ...LIVE_UPDATES,
  });
}

export function referralAloneQuery(gateway: FhirGateway, serviceRequestId: string) {
  return queryOptions({
    queryKey: queryKeys.referralAlone(serviceRequestId),
    // null, not undefined, for "not there or not yours" (a query cannot hold undefined).
    queryFn: async () => (await loadReferral(gateway, serviceRequestId)) ?? null,
    ...LIVE_UPDATES,
  });
}
