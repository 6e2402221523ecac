import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { PARTNERSHIP } from '../../config/partnership';
import { consentsQuery } from '../../consent/queries';
import type { FhirGateway } from '../../fhir/gateway';
import { queryKeys } from '../../fhir/queryKeys';
import { checklistQuery } from '../../screening/queries';
import { referralsQuery } from '../../timeline/queries';
import type { ClinicianData } from './data';

export type ClinicianLoad =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown; retry: () => void }
  | { state: 'ready'; data: ClinicianData; refresh: () => void; refreshing: boolean };

/** The patient's referrals, consents and the checklist: the three requests every clinician screen stands on. */
export function useClinicianData(gateway: FhirGateway, patientId: string): ClinicianLoad {
  const client = useQueryClient();
  // Three useQuery calls rather than useQueries: the first screen then needs no more of the query
  // library than every screen does (useQueries' observer stays out of the first-screen bundle).
  const referrals = useQuery(referralsQuery(gateway, patientId));
  const consents = useQuery(consentsQuery(gateway, patientId));
  const questionnaire = useQuery(checklistQuery(gateway, PARTNERSHIP.questionnaire));
  const refresh = useCallback(() => {
    void client.invalidateQueries({ queryKey: queryKeys.patient(patientId) });
  }, [client, patientId]);
  const failed = [referrals, consents, questionnaire].filter((q) => q.isError);
  const first = failed[0];
  if (first) {
    return {
      state: 'failed',
      error: first.error,
      retry: () => {
        for (const q of failed) {
          void q.refetch();
        }
      },
    };
  }
  if (referrals.data && consents.data && questionnaire.data) {
    return {
      state: 'ready',
      data: { referrals: referrals.data, consents: consents.data, questionnaire: questionnaire.data },
      refresh,
      refreshing: referrals.isFetching,
    };
  }
  return { state: 'loading' };
}
