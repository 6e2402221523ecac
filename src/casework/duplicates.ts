import type { Bundle, ServiceRequest, Task } from 'fhir/r4';
import { TASK_STATUS_REASON, localCoding, type ReferralTaskStatus } from '../../fhir-profiles/src/terminology';
import { compareTimes, dateInText } from '../domain/dates';
import { areaLabel } from '../domain/labels';
import { buildMessage, messageIfNoneExist } from '../domain/messages';
import { taskChangeEntries } from '../domain/provenance';
import { areasOf } from '../domain/referralRead';
import { changedTask, type CaseUser } from '../domain/taskChange';
import { OPEN_TASK_STATUSES } from '../domain/taskStates';
import { withoutVersion } from '../domain/versioned';

/** One of the patient's open referrals to the organisation: its Task and its ServiceRequest. */
export interface OpenReferral {
  task: Task;
  referral: ServiceRequest | undefined;
}

/** The patient's open referrals other than `taskId`, from a Task search with `_include=Task:focus`, oldest first. */
export function otherOpenReferrals(bundle: Bundle, taskId: string): OpenReferral[] {
  const referrals = new Map<string, ServiceRequest>();
  const tasks: Task[] = [];
  for (const entry of bundle.entry ?? []) {
    const r = entry.resource;
    if (r?.resourceType === 'ServiceRequest' && r.id) {
      referrals.set(`ServiceRequest/${r.id}`, r as ServiceRequest);
    } else if (r?.resourceType === 'Task' && entry.search?.mode !== 'include') {
      tasks.push(r as Task);
    }
  }
  const open: readonly string[] = OPEN_TASK_STATUSES;
  return tasks
    .filter((t) => t.id !== taskId && open.includes(t.status))
    .sort((a, b) => compareTimes(a.authoredOn, b.authoredOn))
    .map((task) => ({ task, referral: referrals.get(task.focus?.reference ?? '') }));
}

/** "referred 3 November 2026 for Housing" — how a referral is named to people. */
export function describeReferral(r: OpenReferral): string {
  const areas = areasOf(r.referral).map(areaLabel).join(', ') || 'areas not recorded';
  return `referred ${dateInText(r.referral?.authoredOn ?? r.task.authoredOn)} for ${areas}`;
}

/**
 * How the duplicate closes: a referral nobody accepted yet is rejected, an accepted one cancelled
 * (the adviser's moves in src/domain/transitions.ts), with the coded reason "duplicate" and words
 * naming the case that continues.
 */
export function closedAsDuplicate(close: Task, keep: OpenReferral, now: string): Task {
  const to: ReferralTaskStatus = close.status === 'requested' ? 'rejected' : 'cancelled';
  const text = `Duplicate of another open referral for the same patient (${describeReferral(keep)}): that case continues.`;
  const next = changedTask(close, { status: to, stage: 'closed', reason: text }, 'adviser', now);
  return { ...next, statusReason: { coding: [localCoding(TASK_STATUS_REASON, 'duplicate')], text } };
}

export interface DuplicateLink {
  keep: OpenReferral;
  close: OpenReferral;
  user: CaseUser;
  now: Date;
  /** Client ids of the two messages, so a retried link never sends them twice. */
  messageIds: { keep: string; close: string };
}

/**
 * One transaction: the duplicate's Task closed (If-Match) with a Provenance targeting both Tasks
 * (the record of the link), and a message to each referrer on their own referral's thread.
 */
export function duplicateLinkBundle(link: DuplicateLink): Bundle {
  const { keep, close, user, now } = link;
  const when = now.toISOString();
  const closed = closedAsDuplicate(withoutVersion(close.task), keep, when);
  const keepRef = `Task/${keep.task.id ?? ''}`;
  const { task, provenance } = taskChangeEntries(closed, close.task.meta?.versionId, user, when, [keepRef]);
  const patientId = (close.task.for?.reference ?? '').replace(/^Patient\//, '');
  const referrer = (r: OpenReferral): string => r.referral?.requester?.reference ?? r.task.requester?.reference ?? '';
  const toClosed = buildMessage({
    identifier: link.messageIds.close,
    category: 'outcome-feedback',
    patientId,
    about: [`Task/${close.task.id ?? ''}`],
    basedOn: `ServiceRequest/${close.referral?.id ?? ''}`,
    sender: user.reference,
    recipients: [referrer(close)],
    text: `We have closed this referral as a duplicate: the patient has another open referral with us (${describeReferral(keep)}), and we will keep working on that one. Nothing is lost: we have linked the two.`,
    sent: now,
  });
  const toKept = buildMessage({
    identifier: link.messageIds.keep,
    category: 'message',
    patientId,
    about: [keepRef],
    basedOn: `ServiceRequest/${keep.referral?.id ?? ''}`,
    sender: user.reference,
    recipients: [referrer(keep)],
    text: `The patient was also referred to us separately (${describeReferral(close)}). We have linked the two referrals and will carry on with this one.`,
    sent: now,
  });
  const post = (resource: typeof toClosed) => ({
    resource,
    request: { method: 'POST' as const, url: 'Communication', ifNoneExist: messageIfNoneExist(resource) },
  });
  return { resourceType: 'Bundle', type: 'transaction', entry: [task, provenance, post(toClosed), post(toKept)] };
}
