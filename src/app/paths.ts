/**
 * Every screen's URL, built in one place (with listPaths.ts: the caseload's and the worklist's,
 * whose filters and page go in the query string). URLs carry resource ids and filter codes only:
 * never a name, NHS number or anything typed about a patient.
 */
export type FlowStep = 'checklist' | 'needs' | 'consent' | 'details' | 'check';

export const paths = {
  home: '/',
  step: (step: FlowStep) => `/refer/${step}`,
  referral: (serviceRequestId: string) => `/referrals/${encodeURIComponent(serviceRequestId)}`,
  sent: (serviceRequestId: string) => `/referrals/${encodeURIComponent(serviceRequestId)}/sent`,
  evidenceRequest: (serviceRequestId: string, taskId: string) =>
    `/referrals/${encodeURIComponent(serviceRequestId)}/evidence/${encodeURIComponent(taskId)}`,
  case: (taskId: string) => `/cases/${encodeURIComponent(taskId)}`,
  /** The lead's dashboard for a period id (FY2026-27, FY2026-27-Q2, 2026-11). */
  dashboard: (periodId: string) => `/dashboard?${new URLSearchParams({ period: periodId }).toString()}`,
  /** The lead's funder report for a financial year ("FY2026-27"), its narrative editor, the partnership. */
  report: (periodId: string) => `/report?period=${encodeURIComponent(periodId)}`,
  reportNarrative: (periodId: string) => `/report/narrative?period=${encodeURIComponent(periodId)}`,
  aboutPartnership: '/about-partnership',
};
