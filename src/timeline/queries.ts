import { queryOptions } from '@tanstack/react-query';
import { takeEarly } from '../fhir/earlyRequests';
import type { FhirGateway } from '../fhir/gateway';
import { FIRST_SCREEN_FRESH_MS, queryKeys } from '../fhir/queryKeys';
import { LIVE_UPDATES } from '../fhir/liveUpdates';
import { loadReferrals } from './overview';

export function referralsQuery(gateway: FhirGateway, patientId: string) {
  return queryOptions({
    queryKey: queryKeys.referrals(patientId),
    queryFn: () => loadReferrals(gateway, patientId, takeEarly(queryKeys.referrals(patientId))),
    // Loaded as the token arrives, before its screen mounts: fresh enough not to be read twice at launch.
    staleTime: FIRST_SCREEN_FRESH_MS,
    ...LIVE_UPDATES,
  });
}
