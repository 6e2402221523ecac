/**
 * The context an EHR launch stands for. The launcher stores it (launch-store.ts) and hands the
 * app only an opaque id; authorize looks the id up and re-checks that everything named exists.
 */
export interface LaunchContext {
  /** PractitionerRole id. */
  readonly user: string;
  readonly patient?: string | undefined;
  readonly encounter?: string | undefined;
  /** false when the EHR already shows the patient banner. */
  readonly needPatientBanner: boolean;
  /** The EHR grants read access only (an EHR may grant less than asked; the app must say what it cannot do). */
  readonly readOnly?: boolean;
}
