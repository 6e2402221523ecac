import type { Task } from 'fhir/r4';
import { TASK_TYPE, type ReferralTaskStatus } from '../../fhir-profiles/src/terminology';

/**
 * The referral Task statuses in which a case is still open (the advice service has it, or it
 * is waiting for them). The ONE list: the caseload search, the GP's "open referral" warning and
 * "may this still be withdrawn" all ask it.
 */
export const OPEN_TASK_STATUSES: readonly ReferralTaskStatus[] = ['requested', 'accepted', 'in-progress', 'on-hold'];

/** Open, or a draft not sent yet (drafts count as open for the referrer: they are not finished). */
export function isOpenTaskStatus(status: Task['status'] | undefined): boolean {
  return status === 'draft' || (OPEN_TASK_STATUSES as readonly string[]).includes(status ?? '');
}

/** Statuses of a medical-evidence request still waiting for the clinician's answer. */
export const OPEN_EVIDENCE_STATUSES: readonly Task['status'][] = ['requested', 'accepted', 'in-progress'];

/** A medical-evidence request Task (not the referral's own Task). */
export function isEvidenceRequest(task: Task): boolean {
  return (task.code?.coding ?? []).some((c) => c.system === TASK_TYPE.system && c.code === 'medical-evidence');
}

export function isOpenEvidenceRequest(task: Task): boolean {
  return isEvidenceRequest(task) && OPEN_EVIDENCE_STATUSES.includes(task.status);
}
