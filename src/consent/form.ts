/** The patient's decision as the clinician records it (kept in the draft until sent). */
export interface ConsentForm {
  agreesToReferral: 'yes' | 'no' | undefined;
  agreesToEvidence: 'yes' | 'no' | undefined;
  method: 'verbal' | 'written' | undefined;
}
