import type { ServiceRequest, Task } from 'fhir/r4';
import { REFERRAL_IDENTIFIER_SYSTEM } from '../../fhir-profiles/src/terminology';
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

/**
 * The referral's reference as people quote it: the value of its HJP referral identifier (the
 * client-made UUID the referral and its Task share), or undefined when it has none.
 */
export function referralReference(referral: ServiceRequest | undefined): string | undefined {
  return referral?.identifier?.find((i) => i.system === REFERRAL_IDENTIFIER_SYSTEM)?.value;
}
