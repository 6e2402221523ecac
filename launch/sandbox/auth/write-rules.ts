import type { Communication, Resource, ServiceRequest, Task } from '@medplum/fhirtypes';
import { PROFILE, REFERRAL_IDENTIFIER_SYSTEM, type ReferralTaskStatus } from '../../../fhir-profiles/src/terminology';
import { LIMIT_MESSAGES, MAX_ATTACHMENT_BYTES, MAX_FREE_TEXT_CHARS } from '../../../src/domain/limits';
import { isReopening, mayTransition, reopenProblem, type TaskActor } from '../../../src/domain/transitions';
import { CASEWORK } from '../../../src/config/casework';
import type { WriteInteraction } from '../types';
import { caseOwnerProblem } from './case-owner-rules';
import { caseworkWriteProblem, isInternalNote } from './casework-rules';
import type { Principal } from './principal';
import {
  idIn,
  isClosingMessage,
  isEvidenceMessage,
  isEvidenceRequest,
  isReferralTask,
  patientsNamed,
  performerOrgs,
  type RecordFacts,
} from './record-facts';
import { messageIsAboutCase, standing } from './record-rules';
import { reportWriteProblem } from './report-rules';

/**
 * The writes the record refuses (access model, "Writes the server refuses"), whatever the scopes
 * say: a referral without the consent in force, a Task move the transition table forbids, more
 * than one patient in one resource, text beyond the limits. Each returns a plain refusal or undefined.
 */
type Rule = (facts: RecordFacts, who: Principal, next: Resource, current: Resource | undefined) => string | undefined;

const CLOSING: ReadonlySet<string> = new Set(['completed', 'cancelled', 'failed', 'rejected']);
const FREE_TEXT_KEYS: ReadonlySet<string> = new Set(['contentString', 'text', 'description', 'comment']);

function freeTextProblem(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const problem = freeTextProblem(v);
      if (problem) {
        return problem;
      }
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (FREE_TEXT_KEYS.has(key) && typeof inner === 'string' && inner.length > MAX_FREE_TEXT_CHARS) {
      return LIMIT_MESSAGES.text;
    }
    if (key === 'data' && typeof inner === 'string' && Math.floor((inner.length * 3) / 4) > MAX_ATTACHMENT_BYTES) {
      return LIMIT_MESSAGES.attachment;
    }
    const problem = typeof inner === 'object' ? freeTextProblem(inner) : undefined;
    if (problem) {
      return problem;
    }
  }
  return undefined;
}

const limits: Rule = (_facts, _who, next) => freeTextProblem(next);

const onePatient: Rule = (_facts, who, next) => {
  const patients = patientsNamed(next);
  if (patients.size > 1) {
    return `A record may be about one patient only; this ${next.resourceType} names ${patients.size}.`;
  }
  if (who.kind === 'clinician' && who.patient !== undefined && patients.size === 1 && !patients.has(who.patient)) {
    return `This ${next.resourceType} is about another patient than the one open in the record.`;
  }
  return undefined;
};

export function isReferral(request: ServiceRequest): boolean {
  return (request.meta?.profile ?? []).includes(PROFILE.referral) || performerOrgs(request).length > 0;
}

/** A referral needs, for each advice organisation it goes to, the Consent in force that permits referral details. */
const referralConsent: Rule = (facts, _who, next, current) => {
  if (next.resourceType !== 'ServiceRequest' || current !== undefined || !isReferral(next)) {
    return undefined;
  }
  const request = next;
  const patient = idIn(request.subject.reference, 'Patient');
  const orgs = performerOrgs(request);
  if (patient === undefined || orgs.length === 0) {
    return 'A referral must name the patient and the advice organisation it goes to.';
  }
  const linked = new Set((request.supportingInfo ?? []).flatMap((r) => idIn(r.reference, 'Consent') ?? []));
  // A refusal recorded for this referral alone counts against it (and against no other referral).
  const referral = request.identifier?.find((i) => i.system === REFERRAL_IDENTIFIER_SYSTEM)?.value;
  for (const org of orgs) {
    const decision = facts.consent(patient, org, 'referral-details', referral);
    if (!decision.allowed) {
      return `The referral cannot be sent: ${decision.reason}`;
    }
    if (!linked.has(decision.consent.id ?? '')) {
      return 'The referral cannot be sent: it must link the patient’s consent decision that is in force now.';
    }
  }
  return undefined;
};

function taskActor(who: Principal, task: Task): TaskActor | undefined {
  if (who.kind === 'clinician' && task.requester?.reference === `PractitionerRole/${who.user}`) {
    return 'referrer';
  }
  if (who.kind === 'adviser' && who.organization !== undefined && task.owner?.reference === who.organization) {
    return 'adviser';
  }
  return undefined;
}

const SAME_ON_UPDATE = ['owner', 'for', 'focus', 'requester'] as const;

/** Referral Tasks move only as the transition table (src/domain/transitions.ts) says, and never change hands. */
const referralTaskMoves: Rule = (facts, who, next, current) => {
  if (next.resourceType !== 'Task' || !isReferralTask(next)) {
    return undefined;
  }
  const task = next;
  if (current === undefined) {
    if (who.kind !== 'clinician') {
      return 'Only the referrer creates a referral Task.';
    }
    return task.status === 'draft' || task.status === 'requested'
      ? undefined
      : `A new referral starts as requested, not ${task.status}.`;
  }
  const before = current as Task;
  for (const key of SAME_ON_UPDATE) {
    if (before[key]?.reference !== task[key]?.reference) {
      return `The referral’s ${key} cannot be changed.`;
    }
  }
  if (before.status === task.status) {
    return undefined;
  }
  const actor = taskActor(who, before);
  if (actor === undefined) {
    return 'Only the referrer or the advice organisation that owns the case can change its status.';
  }
  if (isReopening(before.status as ReferralTaskStatus, task.status as ReferralTaskStatus)) {
    // The app's reopen rule, with the partnership's window (casework.reopenWithinDays), and a reason.
    const problem = reopenProblem(actor, 'completed', {
      closedAt: before.lastModified ?? before.meta?.lastUpdated,
      now: new Date(),
      withinDays: CASEWORK.reopenWithinDays,
    });
    if (problem) {
      return problem;
    }
    if (!task.statusReason?.text?.trim()) {
      return 'Reopening a case needs a reason.';
    }
  } else if (!mayTransition(actor, before.status as ReferralTaskStatus, task.status as ReferralTaskStatus)) {
    return `${actor === 'adviser' ? 'An adviser' : 'The referrer'} cannot change a referral from ${before.status} to ${task.status}.`;
  }
  if (actor === 'adviser' && !CLOSING.has(task.status) && who.kind === 'adviser' && who.organization) {
    const patient = idIn(before.for?.reference, 'Patient');
    if (patient && !standing(facts, patient, who.organization).referral) {
      return 'Without the patient’s referral consent the case can only be closed.';
    }
  }
  return undefined;
};

/** Evidence requests: the adviser asks (evidence consent required), the GP they are addressed to answers. */
const evidenceRequests: Rule = (facts, who, next, current) => {
  if (next.resourceType !== 'Task' || !isEvidenceRequest(next)) {
    return undefined;
  }
  const task = next;
  const patient = idIn(task.for?.reference, 'Patient');
  if (current === undefined) {
    if (who.kind !== 'adviser' || who.organization === undefined || patient === undefined) {
      return 'Only the advice organisation working the case asks for medical evidence.';
    }
    if (
      !messageIsAboutCase(
        facts,
        { resourceType: 'Communication', status: 'completed', about: task.partOf },
        who.organization,
      )
    ) {
      return 'An evidence request must be part of one of your organisation’s cases.';
    }
    return standing(facts, patient, who.organization).evidence
      ? undefined
      : 'Medical evidence cannot be requested: the patient’s consent does not cover medical evidence.';
  }
  const before = current as Task;
  for (const key of SAME_ON_UPDATE) {
    if (before[key]?.reference !== task[key]?.reference) {
      return `The evidence request’s ${key} cannot be changed.`;
    }
  }
  if (before.status === task.status) {
    return undefined;
  }
  // The clinician it is addressed to answers it; the advice organisation that asked may withdraw it.
  const answers = who.kind === 'clinician' && before.owner?.reference === `PractitionerRole/${who.user}`;
  const withdraws = who.kind === 'adviser' && task.status === 'cancelled';
  return answers || withdraws
    ? undefined
    : 'Only the clinician an evidence request is addressed to answers it; the adviser who asked may withdraw it.';
};

function adviceOrgsOf(facts: RecordFacts, message: Communication): string[] {
  const orgs = new Set<string>();
  for (const ref of message.basedOn ?? []) {
    const id = idIn(ref.reference, 'ServiceRequest');
    const request = id ? (facts.view.current('ServiceRequest', id) as ServiceRequest | undefined) : undefined;
    performerOrgs(
      request ?? { resourceType: 'ServiceRequest', status: 'active', intent: 'order', subject: {} },
    ).forEach((o) => orgs.add(o));
  }
  return [...orgs];
}

/** Messages: evidence needs the evidence consent at sending; an adviser writes only about their cases. */
const messages: Rule = (facts, who, next, current) => {
  // Internal case notes have their own rule (casework-rules.ts).
  if (next.resourceType !== 'Communication' || current !== undefined || isInternalNote(next)) {
    return undefined;
  }
  const message = next;
  const patient = idIn(message.subject?.reference, 'Patient');
  if (who.kind === 'adviser') {
    if (
      who.organization === undefined ||
      patient === undefined ||
      !messageIsAboutCase(facts, message, who.organization)
    ) {
      return 'A message must be about one of your organisation’s cases.';
    }
    if (isEvidenceMessage(message)) {
      return 'Only the referrer sends medical evidence.';
    }
    if (!isClosingMessage(message) && !standing(facts, patient, who.organization).referral) {
      return 'Without the patient’s referral consent, the only message you can send says the case is closing.';
    }
    return undefined;
  }
  if (who.kind === 'clinician' && isEvidenceMessage(message)) {
    const orgs = adviceOrgsOf(facts, message);
    if (patient === undefined || orgs.length === 0) {
      return 'Evidence must be sent about one patient’s referral.';
    }
    for (const org of orgs) {
      const decision = facts.consent(patient, org, 'medical-evidence');
      if (!decision.allowed) {
        return `The evidence cannot be sent: ${decision.reason}`;
      }
    }
  }
  return undefined;
};

/** JSON with keys in order, so two copies of a resource compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, inner]) => `${JSON.stringify(k)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The message without what a read mark may change (received) and what the server stamps (meta). */
function withoutReadMark(message: Communication): string {
  return canonical({ ...message, meta: undefined, received: undefined });
}

const READ_MARK_ONLY =
  'A clinician can only mark a message to them as read (Communication.received); nothing else about a message can be changed.';

/**
 * A clinician's update of a message is exactly one thing: its recipient marking it read, by setting
 * Communication.received where it was not set (src/timeline/readMarks.ts). The sender, the text,
 * the recipients, the referral it is about: none of it can change, and nobody else's message.
 */
const readMarkOnly: Rule = (_facts, who, next, current) => {
  if (next.resourceType !== 'Communication' || current?.resourceType !== 'Communication' || who.kind !== 'clinician') {
    return undefined;
  }
  const me = `PractitionerRole/${who.user}`;
  const addressedToMe = (current.recipient ?? []).some((r) => r.reference === me);
  const marks = current.received === undefined && typeof next.received === 'string' && next.received.length > 0;
  return addressedToMe && marks && withoutReadMark(next) === withoutReadMark(current) ? undefined : READ_MARK_ONLY;
};

const RULES: readonly Rule[] = [
  readMarkOnly,
  limits,
  onePatient,
  referralConsent,
  referralTaskMoves,
  evidenceRequests,
  messages,
  caseworkWriteProblem,
  caseOwnerProblem,
  (facts, who, next) => reportWriteProblem(facts, who, next),
];

/** The first refusal of a write, or undefined when the record rules allow it. */
export function writeProblem(
  facts: RecordFacts,
  who: Principal,
  interaction: WriteInteraction,
  next: Resource | undefined,
  current: Resource | undefined,
): string | undefined {
  if (who.kind === 'test-admin' || next === undefined || interaction === 'delete') {
    return undefined;
  }
  for (const rule of RULES) {
    const problem = rule(facts, who, next, current);
    if (problem) {
      return problem;
    }
  }
  return undefined;
}
