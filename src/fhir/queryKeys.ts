/**
 * Every query key in one place, so what a write invalidates is easy to find. Keys hold resource
 * ids and filter codes only (never names or NHS numbers). Invalidating a prefix
 * (e.g. `queryKeys.patient(id)`) refreshes everything under it.
 */
export const queryKeys = {
  /** Everything about the patient in context (their referrals and consents). */
  patient: (patientId: string) => ['patient', patientId] as const,
  referrals: (patientId: string) => ['patient', patientId, 'referrals'] as const,
  consents: (patientId: string) => ['patient', patientId, 'consents'] as const,
  checklist: (url: string, version: string) => ['questionnaire', url, version] as const,
  /** One referral's history, thread and people (the referrer's timeline). */
  referral: (serviceRequestId: string) => ['referral', serviceRequestId] as const,
  /** The adviser's caseload: every page and count under the organisation. */
  caseload: (org: string) => ['caseload', org] as const,
  caseloadPage: (org: string, filters: unknown, page: number) => ['caseload', org, 'page', filters, page] as const,
  caseloadCounts: (org: string, filters: unknown) => ['caseload', org, 'counts', filters] as const,
  case: (taskId: string) => ['case', taskId] as const,
  /** Who saved a given version of a case's Task (the conflict notice names them). */
  changeAuthor: (taskId: string, versionId: string) => ['case', taskId, 'author', versionId] as const,
};

/** How long the first screen's data, loaded ahead as the token arrives, counts as fresh when its screen mounts. */
export const FIRST_SCREEN_FRESH_MS = 30_000;
