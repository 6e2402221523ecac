import type { ReferralDetails } from '../domain/referralRead';

/**
 * The referral form as the clinician fills it in (kept in the draft until sent). Apart from form.ts
 * (its checks and the patient's details), so the first screen's draft needs only this.
 */
export type ReferralForm = ReferralDetails;

export function emptyReferralForm(): ReferralForm {
  return {
    areas: [],
    priority: 'routine',
    urgentReasons: [],
    contactMethods: [],
    safeToLeaveMessage: undefined,
    bestTimes: '',
    phone: '',
    email: '',
    address: '',
    adviceMode: undefined,
    interpreterLanguage: '',
    accessibilityNeeds: '',
    note: '',
  };
}
