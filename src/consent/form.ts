/** The patient's decision as the clinician records it (kept in the draft until sent). */
export interface ConsentForm {
  agreesToReferral: 'yes' | 'no' | undefined;
  agreesToEvidence: 'yes' | 'no' | undefined;
  method: 'verbal' | 'written' | undefined;
  /** Asked only after a refusal while a referral is open: does it also withdraw that referral's consent? */
  withdrawOpen?: 'yes' | 'no' | undefined;
}

export const emptyConsentForm = (): ConsentForm => ({
  agreesToReferral: undefined,
  agreesToEvidence: undefined,
  method: undefined,
});
