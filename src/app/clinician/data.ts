import type { Consent, Questionnaire } from 'fhir/r4';
import type { PartnershipConfig } from '../../config/partnership';
import { loadConsents } from '../../consent/read';
import type { FhirGateway } from '../../fhir/gateway';
import { loadChecklist } from '../../screening/read';
import { loadReferrals, type ReferralSummary } from '../../timeline/overview';

export interface ClinicianData {
  referrals: ReferralSummary[];
  consents: Consent[];
  questionnaire: Questionnaire;
}

/** What the first screen needs, in three requests made together. */
export async function loadClinicianData(
  gateway: FhirGateway,
  patientId: string,
  config: PartnershipConfig,
): Promise<ClinicianData> {
  const [referrals, consents, questionnaire] = await Promise.all([
    loadReferrals(gateway, patientId),
    loadConsents(gateway, patientId),
    loadChecklist(gateway, config.questionnaire),
  ]);
  return { referrals, consents, questionnaire };
}
