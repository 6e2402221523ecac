/**
 * Every query key in one place, so what a write invalidates is easy to find. Keys hold resource
 * ids and filter codes only (never names or NHS numbers), with one exception: the caseload's
 * search text sits in its page and count keys, in memory only (nothing here is persisted or logged). Invalidating a prefix
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
  /** The practice worklist: every page under it (filters are codes; a cursor is the server's next link). */
  worklist: () => ['worklist'] as const,
  worklistPage: (filters: unknown, page: number) => ['worklist', filters, 'page', page] as const,
  worklistAt: (filters: unknown, cursor: string | undefined) => ['worklist', filters, 'at', cursor ?? ''] as const,
  /** One referral read on its own (the practice worklist's timeline, no patient in context). */
  referralAlone: (serviceRequestId: string) => ['referral', serviceRequestId, 'alone'] as const,
  /** The lead's dashboard: one period's MeasureReports (and its quarters' or months' funnels). */
  measureReports: (periodId: string) => ['measure-reports', periodId] as const,
  /** The patient's other open referrals, shown on the case (under the case's key: a case refresh re-reads them). */
  caseDuplicates: (taskId: string) => ['case', taskId, 'duplicates'] as const,
  /** The advice organisation's advisers (who a case can be given to). */
  advisers: (org: string) => ['advisers', org] as const,
  /** The funder report: one period's MeasureReports, and the lead's narrative for it. */
  reportFigures: (periodId: string) => ['report', periodId, 'figures'] as const,
  reportNarrative: (periodId: string) => ['report', periodId, 'narrative'] as const,
  /** Case studies: all of them (the lead's report), or the one of a case (the adviser). */
  caseStudies: () => ['case-studies'] as const,
  caseStudy: (taskId: string) => ['case-studies', taskId] as const,
  /** Who saved a given version of a case's Task (the conflict notice names them). */
  changeAuthor: (taskId: string, versionId: string) => ['case', taskId, 'author', versionId] as const,
};

/** How long the first screen's data, loaded ahead as the token arrives, counts as fresh when its screen mounts. */
export const FIRST_SCREEN_FRESH_MS = 30_000;
