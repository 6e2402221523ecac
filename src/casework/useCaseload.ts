import { useEffect, useState } from 'react';
import type { ReferralTaskStatus } from '../../fhir-profiles/src/terminology';
import type { FhirGateway } from '../fhir/gateway';
import { caseloadParams, countsBatch, readCounts, type CaseloadFilters } from './caseloadQuery';
import { readCaseloadPage, type CaseloadPage } from './caseloadRows';

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/**
 * The caseload page and the counts. A filter change makes two requests in parallel (the page
 * search and one batch of counts); moving between pages makes exactly one (Bundle.link).
 */
export function useCaseload(
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  pageUrl: string | undefined,
  reloadKey: number,
): {
  page: Load<CaseloadPage>;
  counts: Partial<Record<ReferralTaskStatus, number>> | undefined;
} {
  // Each result remembers which request it answers; anything else on screen is "loading".
  const key = JSON.stringify([org, filters, pageUrl ?? '', reloadKey]);
  const [result, setResult] = useState<{ key: string; load: Load<CaseloadPage> } | undefined>();
  const [counts, setCounts] = useState<Partial<Record<ReferralTaskStatus, number>> | undefined>();

  useEffect(() => {
    let live = true;
    const request = pageUrl ? gateway.page(pageUrl) : gateway.search('Task', caseloadParams(org, filters));
    request.then(
      (bundle) => {
        if (live) {
          setResult({ key, load: { state: 'ready', value: readCaseloadPage(bundle) } });
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
  }, [gateway, org, filters, pageUrl, key]);

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

  const page: Load<CaseloadPage> = result?.key === key ? result.load : { state: 'loading' };
  return { page, counts };
}
