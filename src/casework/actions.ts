import type { Communication, Task } from 'fhir/r4';
import { isFhirError } from '../fhir/errors';
import type { FhirGateway } from '../fhir/gateway';
import { answeredResource } from '../fhir/transactionAnswer';
import { buildMessage, messageIfNoneExist } from '../messages/build';
import { buildEvidenceRequest, evidenceInputProblems, evidenceRequestBundle } from '../evidence/evidenceRequest';
import { closeCaseBundle, closingSummaryText } from '../outcomes/closeCase';
import type { CaseOutcomes } from '../outcomes/outcomeOutputs';
import type { CaseRecord } from './caseRecord';
import { patientIdOf } from './caseRecord';
import { diffTask, type FieldChange } from './conflict';
import { changedTask, sendTaskTransaction, taskUpdateBundle, type CaseUser, type TaskChange } from './taskUpdate';
import { withVersion } from './versioned';

/** A write either succeeded, or lost to someone else's change: then the current Task and what changed. */
export type WriteResult = { ok: true; task: Task } | { ok: false; current: Task; changes: FieldChange[] };

/** Runs a write based on `base`; on 409/412 re-reads the Task and says what changed. Never retries by itself. */
async function guarded(gateway: FhirGateway, base: Task, write: () => Promise<Task>): Promise<WriteResult> {
  try {
    return { ok: true, task: await write() };
  } catch (err) {
    if (!isFhirError(err) || err.kind !== 'conflict') {
      throw err;
    }
    const current = await gateway.read<Task>('Task', base.id ?? '');
    return { ok: false, current, changes: diffTask(base, current) };
  }
}

/** Accept, reject, progress or set the stage: one transaction (Task under If-Match + Provenance). */
export async function updateCase(
  gateway: FhirGateway,
  base: Task,
  change: TaskChange,
  user: CaseUser,
  now = new Date(),
): Promise<WriteResult> {
  const when = now.toISOString();
  const versioned = await withVersion(gateway, base);
  const bundle = taskUpdateBundle(
    changedTask(versioned, change, 'adviser', when),
    versioned.meta?.versionId,
    user,
    when,
  );
  return await guarded(gateway, base, () => sendTaskTransaction(gateway, bundle));
}

function referrerOf(record: CaseRecord): string {
  return record.referral?.requester?.reference ?? record.task.requester?.reference ?? '';
}

/** A message to the referrer about the referral; the client id makes a retry safe. */
export function sendMessage(
  gateway: FhirGateway,
  record: CaseRecord,
  user: CaseUser,
  text: string,
  messageId: string,
): Promise<Communication> {
  const message = buildMessage({
    identifier: messageId,
    category: 'message',
    patientId: patientIdOf(record.task),
    about: [`Task/${record.task.id ?? ''}`],
    basedOn: `ServiceRequest/${record.referral?.id ?? ''}`,
    sender: user.reference,
    recipients: [referrerOf(record)],
    text,
    sent: new Date(),
  });
  return gateway.create(message, { ifNoneExist: messageIfNoneExist(message) });
}

export class EvidenceNotAllowed extends Error {
  constructor(
    readonly reason: string,
    readonly whatToDo: string,
  ) {
    super(reason);
    this.name = 'EvidenceNotAllowed';
  }
}

/** Asks the referrer for medical evidence, only under an active medical-evidence consent. */
export async function requestEvidence(
  gateway: FhirGateway,
  record: CaseRecord,
  user: CaseUser,
  input: { description: string; due: string; identifier: string },
  now = new Date(),
): Promise<Task> {
  const decision = record.evidenceConsent;
  if (!decision.allowed) {
    throw new EvidenceNotAllowed(decision.reason, decision.whatToDo);
  }
  const problems = evidenceInputProblems({ description: input.description, due: input.due, now });
  const first = Object.values(problems)[0];
  if (first) {
    throw new RangeError(first);
  }
  if (!record.referral) {
    throw new RangeError('The referral could not be read.');
  }
  const request = buildEvidenceRequest({
    ...input,
    referralTask: record.task,
    referral: record.referral,
    requester: user,
    now,
  });
  const response = await gateway.transaction(evidenceRequestBundle(request, user, now));
  return answeredResource<Task>(gateway, response, 0, 'Task');
}

/** Closes the case with outcomes and sends the closing summary: one transaction, If-Match on the Task. */
export async function closeCase(
  gateway: FhirGateway,
  record: CaseRecord,
  closing: CaseOutcomes,
  note: string,
  user: CaseUser,
  now = new Date(),
): Promise<WriteResult> {
  const summary = buildMessage({
    identifier: crypto.randomUUID(),
    category: 'outcome-feedback',
    patientId: patientIdOf(record.task),
    about: [`Task/${record.task.id ?? ''}`],
    basedOn: `ServiceRequest/${record.referral?.id ?? ''}`,
    sender: user.reference,
    recipients: [referrerOf(record)],
    text: closingSummaryText(closing, note),
    sent: now,
  });
  const bundle = closeCaseBundle(await withVersion(gateway, record.task), closing, summary, user, now);
  return await guarded(gateway, record.task, () => sendTaskTransaction(gateway, bundle));
}
