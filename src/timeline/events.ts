import type { Appointment, Bundle, Communication, Task } from 'fhir/r4';
import { readAppointment, type AppointmentReading } from '../domain/appointment';
import { safeFileName } from '../domain/bidi';
import { compareTimes } from '../domain/dates';
import { stageText } from '../domain/labels';
import { taskVersions } from '../domain/provenance';
import { isEvidenceRequest } from './overview';

export type TimelineEvent =
  | {
      kind: 'status';
      at: string;
      status: Task['status'];
      stage: string | undefined;
      reason: string | undefined;
      by: string;
    }
  | { kind: 'message'; at: string; from: string; text: string; mine: boolean; category: string | undefined }
  | { kind: 'evidence-request'; at: string; task: Task; by: string }
  | { kind: 'appointment'; at: string; appointment: AppointmentReading };

/** Who is named for a change nobody recorded (no Provenance): never the referrer by default. */
export const UNKNOWN_AUTHOR = 'the advice service';

/**
 * Who made version `v`: the agent of the Provenance it links (`authors`); else, for the version
 * that created the referral Task as requested (or draft), its requester (Task.requester is who
 * asked for it: a recorded fact, not a guess); else nobody known.
 */
function authorOf(v: Task, isFirst: boolean, authors: Record<string, string>): string | undefined {
  const recorded = authors[v.meta?.versionId ?? ''];
  if (recorded) {
    return recorded;
  }
  return isFirst && (v.status === 'requested' || v.status === 'draft') ? v.requester?.reference : undefined;
}

/**
 * Status changes from the Task's version history (oldest first), one event per change of status or
 * stage, each naming who made it (authorOf), "the advice service" when that is not recorded.
 */
export function statusEvents(
  history: Bundle,
  names: (reference: string | undefined) => string,
  authors: Record<string, string> = {},
): TimelineEvent[] {
  const versions = taskVersions(history);
  const events: TimelineEvent[] = [];
  let previous: Task | undefined;
  for (const v of versions) {
    if (!previous || previous.status !== v.status || stageText(previous) !== stageText(v)) {
      const who = authorOf(v, previous === undefined, authors);
      events.push({
        kind: 'status',
        at: v.meta?.lastUpdated ?? v.lastModified ?? v.authoredOn ?? '',
        status: v.status,
        stage: stageText(v),
        reason: v.statusReason?.text,
        by: who ? names(who) : UNKNOWN_AUTHOR,
      });
    }
    previous = v;
  }
  return events;
}

export function messageEvents(
  messages: Communication[],
  me: string | undefined,
  names: (reference: string | undefined) => string,
): TimelineEvent[] {
  return messages.map((m) => ({
    kind: 'message',
    at: m.sent ?? '',
    from: names(m.sender?.reference),
    text: (m.payload ?? [])
      .flatMap((p) => {
        if (p.contentString) {
          return [p.contentString];
        }
        return p.contentAttachment ? [`Attachment: ${safeFileName(p.contentAttachment.title ?? 'document').name}`] : [];
      })
      .join('\n'),
    mine: m.sender?.reference === me,
    category: m.category?.[0]?.coding?.[0]?.code,
  }));
}

/** Everything that happened to a referral, newest first. */
export function timeline(parts: {
  history: Bundle;
  messages: Communication[];
  tasks: Task[];
  me: string | undefined;
  names: (reference: string | undefined) => string;
  /** Task versionId → who made it (from the Provenance linked in Task.relevantHistory). */
  authors?: Record<string, string>;
  /** Advice appointments: one event each, at its start time. */
  appointments?: readonly Appointment[];
}): TimelineEvent[] {
  const evidence: TimelineEvent[] = parts.tasks.filter(isEvidenceRequest).map((task) => ({
    kind: 'evidence-request',
    at: task.authoredOn ?? '',
    task,
    // Who asked: the request's requester (an adviser), else the advice service — never the referrer by default.
    by: task.requester?.reference ? parts.names(task.requester.reference) : UNKNOWN_AUTHOR,
  }));
  return [
    ...statusEvents(parts.history, parts.names, parts.authors),
    ...messageEvents(parts.messages, parts.me, parts.names),
    ...evidence,
    ...(parts.appointments ?? []).map((a): TimelineEvent => ({
      kind: 'appointment',
      at: a.start ?? '',
      appointment: readAppointment(a),
    })),
  ].sort((a, b) => compareTimes(b.at, a.at));
}

export { outcomeLines } from '../domain/outcomeRead';

/** Context for naming people on the referrer's timeline. */
export interface Naming {
  me: { reference: string; name: string };
  /** "PractitionerRole/x" → "Name, role (organisation)", from one search. */
  people: Readonly<Record<string, string>>;
  adviceOrganisation: { reference: string; display: string };
}

/** Who a reference is, in words for the referrer: themself, a named person, the service, or an adviser there. */
export function personName(ref: string | undefined, naming: Naming): string {
  if (ref === naming.me.reference) {
    return `${naming.me.name} (you)`;
  }
  const known = ref ? naming.people[ref] : undefined;
  if (known) {
    return known;
  }
  if (ref === naming.adviceOrganisation.reference) {
    return naming.adviceOrganisation.display;
  }
  if (ref?.startsWith('PractitionerRole/')) {
    return `An adviser at ${naming.adviceOrganisation.display}`;
  }
  return 'Someone';
}
