import { caseloadParams, countsBatch } from '../../src/casework/caseloadQuery';
import type { FhirGateway } from '../../src/fhir/gateway';

const ORG = 'Organization/org-advice';

/** Server time of the caseload's two requests: the first page (with its includes) and the counts batch. */
export async function caseloadRequestTimes(gateway: FhirGateway): Promise<{ pageMs: number; countsMs: number }> {
  let started = performance.now();
  await gateway.search('Task', caseloadParams(ORG, { status: 'open' }));
  const pageMs = performance.now() - started;
  started = performance.now();
  await gateway.transaction(countsBatch(ORG, { status: 'open' }));
  return { pageMs, countsMs: performance.now() - started };
}
