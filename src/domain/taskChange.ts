import type { Bundle, Task } from 'fhir/r4';
import {
  BUSINESS_STAGE,
  localCoding,
  type BusinessStage,
  type ReferralTaskStatus,
} from '../../fhir-profiles/src/terminology';
import { stageOf } from './labels';
import { taskChangeEntries } from './provenance';
import { checkChange, isReopening, stageForStatus, type ReopenWindow, type TaskActor } from './transitions';
import { withoutVersion } from './versioned';

export interface CaseUser {
  reference: string;
  organisation?: { reference: string } | undefined;
}

export interface TaskChange {
  status: ReferralTaskStatus;
  stage?: BusinessStage | undefined;
  reason?: string | undefined;
  /** Set when the change reopens a closed case: the window it must fall in. */
  reopen?: ReopenWindow | undefined;
}

/** The Task after a change, based on `base` (the version the adviser saw). Throws on a forbidden move. */
export function changedTask(base: Task, change: TaskChange, actor: TaskActor, now: string): Task {
  const from = base.status as ReferralTaskStatus;
  const reopening = change.reopen !== undefined && isReopening(from, change.status);
  const stage = change.stage ?? (reopening ? 'casework' : stageForStatus(change.status, stageOf(base)));
  const problem = checkChange(actor, { from, to: change.status, reason: change.reason, stage, reopen: change.reopen });
  if (problem) {
    throw new RangeError(problem.message);
  }
  const next: Task = { ...withoutVersion(base), status: change.status, lastModified: now };
  if (reopening) {
    // The outcomes are recorded again when the case is closed again (a correction is reopen, then close).
    delete next.output;
  }
  if (stage) {
    next.businessStatus = { coding: [localCoding(BUSINESS_STAGE, stage)], text: BUSINESS_STAGE.codes[stage] };
  }
  if (change.status !== from) {
    const reason = change.reason?.trim();
    if (reason) {
      next.statusReason = { text: reason };
    } else {
      delete next.statusReason;
    }
  }
  return next;
}

/** One transaction: the Task, guarded by If-Match, and a Provenance naming who changed it. */
export function taskUpdateBundle(next: Task, baseVersion: string | undefined, user: CaseUser, now: string): Bundle {
  const { task, provenance } = taskChangeEntries(next, baseVersion, user, now);
  return { resourceType: 'Bundle', type: 'transaction', entry: [task, provenance] };
}
