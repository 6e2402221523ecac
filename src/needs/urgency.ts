import type { UrgentReason } from '../../fhir-profiles/src/terminology';
import type { PartnershipConfig } from '../config/partnership';

import type { Priority } from '../domain/referralRead';

export type { Priority };

/** Urgent needs make the referral urgent by default (the partnership's rule); the clinician may still change it. */
export function defaultPriority(urgentReasons: readonly UrgentReason[], rules: PartnershipConfig['urgency']): Priority {
  return rules.urgentReasonsMakeReferralUrgent && urgentReasons.length > 0 ? 'urgent' : 'routine';
}
