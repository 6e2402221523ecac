import {
  BUSINESS_STAGE,
  REFERRAL_TASK_STATUSES,
  STATUS_REASON_REQUIRED,
  type BusinessStage,
  type ReferralTaskStatus,
} from '../../fhir-profiles/src/terminology';

/**
 * Who may move a referral Task from which status to which (SDOH Clinical Care referral-task
 * pattern): the requester (referrer) drafts, sends and cancels; the performer (the advice
 * organisation's adviser) accepts or rejects, then works the case to completed or failed.
 * Terminal statuses never move again. Pure: screens and tests ask this module, never guess.
 */
export type TaskActor = 'referrer' | 'adviser';

type Moves = Readonly<Record<ReferralTaskStatus, readonly ReferralTaskStatus[]>>;

const NONE: readonly ReferralTaskStatus[] = [];
const WORKING: readonly ReferralTaskStatus[] = ['accepted', 'in-progress', 'on-hold'];

const ADVISER_MOVES: Moves = {
  draft: NONE,
  requested: ['accepted', 'rejected'],
  accepted: ['in-progress', 'on-hold', 'completed', 'cancelled', 'failed'],
  'in-progress': ['on-hold', 'completed', 'cancelled', 'failed'],
  'on-hold': ['in-progress', 'completed', 'cancelled', 'failed'],
  rejected: NONE,
  cancelled: NONE,
  failed: NONE,
  completed: NONE,
  'entered-in-error': NONE,
};

const REFERRER_MOVES: Moves = {
  draft: ['requested', 'cancelled', 'entered-in-error'],
  requested: ['cancelled', 'entered-in-error'],
  accepted: ['cancelled'],
  'in-progress': ['cancelled'],
  'on-hold': ['cancelled'],
  rejected: NONE,
  cancelled: NONE,
  failed: NONE,
  completed: NONE,
  'entered-in-error': NONE,
};

const OPEN_STAGES = (Object.keys(BUSINESS_STAGE.codes) as BusinessStage[]).filter((stage) => stage !== 'closed');

/** Whether a Task status is one the referral Task profile allows (and so this table covers). */
export function isReferralTaskStatus(status: string): status is ReferralTaskStatus {
  return (REFERRAL_TASK_STATUSES as readonly string[]).includes(status);
}

const MOVES: Readonly<Record<TaskActor, Moves>> = { adviser: ADVISER_MOVES, referrer: REFERRER_MOVES };

/** The statuses `actor` may set next from `from` (empty when none). */
export function allowedNextStatuses(actor: TaskActor, from: ReferralTaskStatus): readonly ReferralTaskStatus[] {
  return MOVES[actor][from];
}

export function mayTransition(actor: TaskActor, from: ReferralTaskStatus, to: ReferralTaskStatus): boolean {
  return allowedNextStatuses(actor, from).includes(to);
}

/** Rejected, cancelled and failed need a reason the other side can read (profile hjp-task-1). */
export function reasonRequired(to: ReferralTaskStatus): boolean {
  return (STATUS_REASON_REQUIRED as readonly string[]).includes(to);
}

/** No one moves the Task any more. */
export function isTerminal(status: ReferralTaskStatus): boolean {
  return ADVISER_MOVES[status].length === 0 && REFERRER_MOVES[status].length === 0;
}

/** The adviser works the case (business stage, messages, evidence) only while it is open with them. */
export function isWorking(status: ReferralTaskStatus): boolean {
  return WORKING.includes(status);
}

/** Business stages the adviser may set by hand; `closed` comes only with completion. */
export function settableStages(status: ReferralTaskStatus): readonly BusinessStage[] {
  return isWorking(status) ? OPEN_STAGES : [];
}

/** The business stage that goes with a status change, if the change implies one. */
export function stageForStatus(to: ReferralTaskStatus, current: BusinessStage | undefined): BusinessStage | undefined {
  if (to === 'accepted') {
    return current ?? 'awaiting-contact';
  }
  if (to === 'completed' || to === 'rejected' || to === 'cancelled' || to === 'failed') {
    return 'closed';
  }
  return current;
}

/**
 * Reopening a closed case (issue 11): only the advice organisation (the adviser), only a
 * completed case, back to in progress, within the partnership's window after closing
 * (src/config/partnership.json casework.reopenWithinDays), with a reason. Not in the move table:
 * a completed case stays terminal for everything else (the referrer, the caseload, evaluation).
 */
export interface ReopenWindow {
  /** When the case was closed (the completed Task's lastModified). */
  closedAt: string | undefined;
  now: Date;
  withinDays: number;
}

export const REOPENED_STATUS = 'in-progress' satisfies ReferralTaskStatus;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why this reopening may not happen, or undefined when it may. */
export function reopenProblem(actor: TaskActor, from: ReferralTaskStatus, window: ReopenWindow): string | undefined {
  if (actor !== 'adviser') {
    return 'Only the advice service that closed the case can reopen it.';
  }
  if (from !== 'completed') {
    return 'Only a completed case can be reopened.';
  }
  const closed = Date.parse(window.closedAt ?? '');
  if (!Number.isFinite(closed)) {
    return 'When the case was closed is not recorded, so it cannot be reopened.';
  }
  if (window.now.getTime() - closed > window.withinDays * DAY_MS) {
    return `A case can be reopened only within ${String(window.withinDays)} days of closing.`;
  }
  return undefined;
}

/** Is this change a reopening (completed → in progress)? */
export function isReopening(from: ReferralTaskStatus, to: ReferralTaskStatus): boolean {
  return from === 'completed' && to === REOPENED_STATUS;
}

export interface TransitionProblem {
  field: 'status' | 'reason' | 'stage';
  message: string;
}

/** Checks a requested change; returns the plain problem or undefined when it may be made. */
export function checkChange(
  actor: TaskActor,
  change: {
    from: ReferralTaskStatus;
    to: ReferralTaskStatus;
    reason?: string;
    stage?: BusinessStage;
    reopen?: ReopenWindow | undefined;
  },
): TransitionProblem | undefined {
  if (change.reopen && isReopening(change.from, change.to)) {
    const problem = reopenProblem(actor, change.from, change.reopen);
    if (problem) {
      return { field: 'status', message: problem };
    }
    return change.reason?.trim() ? undefined : { field: 'reason', message: 'Enter why the case is reopened.' };
  }
  if (change.to !== change.from && !mayTransition(actor, change.from, change.to)) {
    return { field: 'status', message: `A ${actor} cannot change a referral from ${change.from} to ${change.to}.` };
  }
  if (change.to !== change.from && reasonRequired(change.to) && !change.reason?.trim()) {
    return { field: 'reason', message: 'Enter a reason. The referrer will see it.' };
  }
  if (change.stage && change.stage !== 'closed' && !settableStages(change.to).includes(change.stage)) {
    return { field: 'stage', message: 'The stage can only be changed while the case is open.' };
  }
  return undefined;
}
