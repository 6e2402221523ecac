import { loadCaseloadPage } from '../../src/casework/caseloadPaging';
import { countsBatch } from '../../src/casework/caseloadQuery';
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
