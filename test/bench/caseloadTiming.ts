import { loadCaseloadPage } from '../../src/casework/caseloadPaging';
import { urgentOverdueBefore } from '../../src/casework/caseFlags';
import { countsBatch, type CaseloadFilters } from '../../src/casework/caseloadQuery';
import type { FhirGateway } from '../../src/fhir/gateway';

const ORG = 'Organization/org-advice';

/** Time of the caseload's first page (urgent and routine searches together, with includes) and of the counts batch. */
export async function caseloadRequestTimes(gateway: FhirGateway): Promise<{ pageMs: number; countsMs: number }> {
  let started = performance.now();
  await loadCaseloadPage(gateway, ORG, { status: 'open' }, { segment: 0 });
  const pageMs = performance.now() - started;
  started = performance.now();
  await gateway.transaction(countsBatch(ORG, { status: 'open' }));
  return { pageMs, countsMs: performance.now() - started };
}

/**
 * The first page with "my cases" and the "urgent, waiting over target" flag filter: its time, how
 * many requests it took (the goal: 1) and its rows.
 */
export async function caseloadFilteredPage(
  gateway: FhirGateway,
  me: string,
): Promise<{ pageMs: number; requests: number; rows: number }> {
  const filters: CaseloadFilters = {
    status: 'open',
    owner: 'mine',
    me,
    attention: 'urgent-waiting',
    urgentBefore: urgentOverdueBefore(new Date(), 2),
  };
  const started = performance.now();
  const page = await loadCaseloadPage(gateway, ORG, filters, { segment: 0 });
  return { pageMs: performance.now() - started, requests: page.requests, rows: page.rows.length };
}
