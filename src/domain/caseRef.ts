import type { ServiceRequest, Task } from 'fhir/r4';
import type { ConsentDecision } from './consent/decision';

/** The parts of an open case that writes about it need (the referral Task, its referral, the evidence consent). */
export interface CaseRef {
  task: Task;
  referral: ServiceRequest | undefined;
  evidenceConsent: ConsentDecision;
}

/** Who a message about the case goes to: the referral's requester. */
export function referrerOf(record: CaseRef): string {
  return record.referral?.requester?.reference ?? record.task.requester?.reference ?? '';
}
