import type { Communication, Task } from 'fhir/r4';
import { COMMUNICATION_CATEGORY } from '../../fhir-profiles/src/terminology';
import { compareTimes, dateInText } from '../domain/dates';

/**
 * What needs the adviser on a case, with the reason. The facts come in the caseload page's own
 * bundle (`_revinclude=Communication:about`, `_revinclude=Task:part-of`), so flags cost no request.
 */
export interface FlagFacts {
  /** authoredOn of an urgent referral nobody has accepted or rejected yet. */
  urgentWaitingSince?: string | undefined;
  /** The latest message on the case came from the referrer's side and has no answer yet. */
  referrerLast?: { sent: string; evidence: boolean } | undefined;
  /** The earliest due date of an evidence request still open. */
  evidenceDue?: string | undefined;
}

export type FlagKind = 'gp-replied' | 'evidence-answered' | 'evidence-overdue' | 'urgent-waiting';

export interface CaseFlag {
  kind: FlagKind;
  /** "GP replied 2 days ago". */
  text: string;
}

const DAY_MS = 86_400_000;

function categoryOf(message: Communication): string | undefined {
  return message.category?.flatMap((cc) => cc.coding ?? []).find((c) => c.system === COMMUNICATION_CATEGORY.system)
    ?.code;
}

/**
 * The flag facts of one referral Task from the messages and evidence requests included with it.
 * "From the referrer's side": sent by the Task's requester, or clinical evidence (only a clinician
 * sends it). Internal case notes are not part of the conversation. [U] "unread" is read as
 * "unanswered": the latest message is the referrer's; a plain FHIR server keeps no read receipts.
 */
export function flagFacts(task: Task, messages: readonly Communication[], evidence: readonly Task[]): FlagFacts {
  const facts: FlagFacts = {};
  const urgent = task.priority === 'urgent' || task.priority === 'asap' || task.priority === 'stat';
  if (urgent && task.status === 'requested' && task.authoredOn) {
    facts.urgentWaitingSince = task.authoredOn;
  }
  const conversation = messages
    .filter((m) => m.sent && m.status !== 'entered-in-error' && categoryOf(m) !== 'internal-note')
    .sort((a, b) => compareTimes(a.sent, b.sent));
  const last = conversation.at(-1);
  const requester = task.requester?.reference;
  const isEvidence = last !== undefined && categoryOf(last) === 'evidence';
  if (last?.sent && (isEvidence || (requester !== undefined && last.sender?.reference === requester))) {
    facts.referrerLast = { sent: last.sent, evidence: isEvidence };
  }
  const due = evidence
    .filter((e) => e.status === 'requested' || e.status === 'in-progress')
    .flatMap((e) => e.restriction?.period?.end ?? [])
    .sort((x, y) => compareTimes(x, y));
  if (due[0]) {
    facts.evidenceDue = due[0];
  }
  return facts;
}

function daysAgo(since: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / DAY_MS));
}

function ago(days: number): string {
  if (days === 0) {
    return 'today';
  }
  return days === 1 ? 'yesterday' : `${String(days)} days ago`;
}

/** The flags to show, most pressing first, with their reason in plain words. */
export function caseFlags(facts: FlagFacts, now: Date, urgentTargetDays: number): CaseFlag[] {
  const flags: CaseFlag[] = [];
  if (facts.urgentWaitingSince) {
    const days = daysAgo(facts.urgentWaitingSince, now);
    if (now.getTime() - new Date(facts.urgentWaitingSince).getTime() > urgentTargetDays * DAY_MS) {
      flags.push({
        kind: 'urgent-waiting',
        text: `Urgent referral waiting ${String(days)} day${days === 1 ? '' : 's'} (target ${String(urgentTargetDays)})`,
      });
    }
  }
  if (facts.evidenceDue && new Date(`${facts.evidenceDue.slice(0, 10)}T23:59:59Z`).getTime() < now.getTime()) {
    flags.push({ kind: 'evidence-overdue', text: `Evidence request overdue (due ${dateInText(facts.evidenceDue)})` });
  }
  if (facts.referrerLast) {
    const when = ago(daysAgo(facts.referrerLast.sent, now));
    flags.push(
      facts.referrerLast.evidence
        ? { kind: 'evidence-answered', text: `GP sent evidence ${when}` }
        : { kind: 'gp-replied', text: `GP replied ${when}` },
    );
  }
  return flags;
}

/** The moment before which an urgent referral still waiting is over the target (whole hours, for stable queries). */
export function urgentOverdueBefore(now: Date, urgentTargetDays: number): string {
  const at = new Date(now.getTime() - urgentTargetDays * DAY_MS);
  at.setUTCMinutes(0, 0, 0);
  return at.toISOString();
}
