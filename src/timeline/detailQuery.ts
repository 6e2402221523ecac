import { queryOptions } from '@tanstack/react-query';
import type { FhirGateway } from '../fhir/gateway';
import { queryKeys } from '../fhir/queryKeys';
import { LIVE_UPDATES } from '../fhir/liveUpdates';
import { loadReferralDetail } from './api';
import type { ReferralSummary } from './overview';

/** One referral's timeline (its own screen's query; the first screen's are in queries.ts). */
export function referralDetailQuery(gateway: FhirGateway, summary: ReferralSummary) {
  return queryOptions({
    queryKey: [...queryKeys.referral(summary.serviceRequest.id ?? ''), summary.task?.meta?.versionId ?? ''],
    queryFn: () => loadReferralDetail(gateway, summary),
    ...LIVE_UPDATES,
  });
}
