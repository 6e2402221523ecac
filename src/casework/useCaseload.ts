import { useEffect, useState } from 'react';
import type { ReferralTaskStatus } from '../../fhir-profiles/src/terminology';
import type { FhirGateway } from '../fhir/gateway';
import { countsBatch, readCounts, type CaseloadFilters } from './caseloadQuery';
import { loadCaseloadPage, type CaseloadPageAt, type PageCursor } from './caseloadPaging';

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/**
 * The caseload page at `cursor` and the counts. A filter change makes two requests in parallel
 * (the page search and one batch of counts); moving between pages makes one (a search or a next link).
 */
export function useCaseload(
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  cursor: PageCursor,
  reloadKey: number,
): {
  page: Load<CaseloadPageAt>;
  counts: Partial<Record<ReferralTaskStatus, number>> | undefined;
} {
  // Each result remembers which request it answers; anything else on screen is "loading".
  const key = JSON.stringify([org, filters, cursor, reloadKey]);
  const [result, setResult] = useState<{ key: string; load: Load<CaseloadPageAt> } | undefined>();
  const [counts, setCounts] = useState<Partial<Record<ReferralTaskStatus, number>> | undefined>();

  useEffect(() => {
    let live = true;
    // After a reload (back from a case), rows carried over from the page before are read again.
    loadCaseloadPage(gateway, org, filters, cursor, undefined, { refreshCarried: reloadKey > 0 }).then(
      (value) => {
        if (live) {
          setResult({ key, load: { state: 'ready', value } });
        }
      },
      (error: unknown) => {
        if (live) {
          setResult({ key, load: { state: 'failed', error } });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [gateway, org, filters, cursor, reloadKey, key]);

  useEffect(() => {
    let live = true;
    gateway.transaction(countsBatch(org, filters)).then(
      (bundle) => {
        if (live) {
          setCounts(readCounts(bundle));
        }
      },
      () => {
        if (live) {
          setCounts(undefined);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [gateway, org, filters, reloadKey]);

  const page: Load<CaseloadPageAt> = result?.key === key ? result.load : { state: 'loading' };
  return { page, counts };
}
