import { USER_ROLE_SYSTEM } from '../../fhir-profiles/src/canonical';
import { EXTERNAL } from '../../fhir-profiles/src/terminology';
import { OPEN_TASK_STATUSES } from '../domain/taskStates';
import { assignmentBundle } from '../domain/caseOwner';
import type { Appointment, Communication, Provenance, Reference, Task } from 'fhir/r4';
import { JOB_ROLES } from '../config/jobRoles';
import { userFromRoleBundle } from '../domain/user';
import { CANONICAL_BASE } from '../../fhir-profiles/src/canonical';
import { buildCaseNote } from './caseNote';
import type { CaseRef } from '../domain/caseRef';
import { referrerOf } from '../domain/caseRef';
import { buildMessage } from '../domain/messages';
import { patientOfTask } from '../domain/references';
import { changedTask, taskUpdateBundle, type CaseUser, type TaskChange } from '../domain/taskChange';
import { createOnce } from '../fhir/createOnce';
import type { FhirGateway } from '../fhir/gateway';
import { guardedWrite, type WriteResult } from '../fhir/guardedWrite';
import { sendTaskTransaction } from '../fhir/taskTransaction';
import { withVersion } from '../fhir/withVersion';
import { readAdvisers, type Adviser } from './advisers';
import { duplicateLinkBundle, otherOpenReferrals, type DuplicateLink, type OpenReferral } from './duplicates';

export type { WriteResult };

/** Business identifier of an appointment (client UUID). */
export const APPOINTMENT_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/appointment`;

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
  return await guardedWrite(gateway, base, () => sendTaskTransaction(gateway, bundle));
}

/** A message to the referrer about the referral; the client id makes a retry safe. */
export function sendMessage(
  gateway: FhirGateway,
  record: CaseRef,
  user: CaseUser,
  text: string,
  messageId: string,
): Promise<Communication> {
  const message = buildMessage({
    identifier: messageId,
    category: 'message',
    patientId: patientOfTask(record.task),
    about: [`Task/${record.task.id ?? ''}`],
    basedOn: `ServiceRequest/${record.referral?.id ?? ''}`,
    sender: user.reference,
    recipients: [referrerOf(record)],
    text,
    sent: new Date(),
  });
  return createOnce(gateway, message);
}

/** Gives the case to an adviser of the organisation (or back to nobody): the Task under If-Match + a Provenance. */
export async function assignCase(
  gateway: FhirGateway,
  base: Task,
  owner: Reference | undefined,
  user: CaseUser,
  now = new Date(),
): Promise<WriteResult> {
  const versioned = await withVersion(gateway, base);
  const bundle = assignmentBundle(versioned, owner, user, now.toISOString());
  return await guardedWrite(gateway, base, () => sendTaskTransaction(gateway, bundle));
}

/** The organisation's active advisers, by name: `PractitionerRole?organization=…&role=…|adviser`. */
export async function loadAdvisers(gateway: FhirGateway, org: string): Promise<Adviser[]> {
  const bundle = await gateway.search('PractitionerRole', {
    organization: org,
    role: `${USER_ROLE_SYSTEM}|adviser`,
    active: 'true',
    _include: 'PractitionerRole:practitioner',
    _count: '100',
  });
  return readAdvisers(bundle);
}

/** The patient's other open referrals to the organisation (one search, each with its referral). */
export async function loadOtherOpenReferrals(gateway: FhirGateway, task: Task, org: string): Promise<OpenReferral[]> {
  const bundle = await gateway.search('Task', {
    patient: task.for?.reference ?? '',
    owner: org,
    code: `${EXTERNAL.taskFulfill.system}|${EXTERNAL.taskFulfill.code}`,
    status: OPEN_TASK_STATUSES.join(','),
    _include: 'Task:focus',
    _count: '50',
  });
  return otherOpenReferrals(bundle, task.id ?? '');
}

/** Links two open referrals of one patient: one continues, the other closes as a duplicate; both referrers told. */
export async function linkDuplicates(gateway: FhirGateway, link: DuplicateLink): Promise<void> {
  const close = { ...link.close, task: await withVersion(gateway, link.close.task) };
  await gateway.transaction(duplicateLinkBundle({ ...link, close }));
}

/** Books an appointment on the case (hjp-appointment); the client id makes a retry safe. */
export function bookAppointment(
  gateway: FhirGateway,
  appointment: Appointment,
  clientId: string,
): Promise<Appointment> {
  return createOnce(gateway, {
    ...appointment,
    identifier: [{ system: APPOINTMENT_IDENTIFIER_SYSTEM, value: clientId }],
  });
}

/** Reschedules or cancels an appointment, guarded by the version the adviser saw. */
export function changeAppointment(gateway: FhirGateway, next: Appointment): Promise<Appointment> {
  return gateway.update(next, { ifMatchVersion: next.meta?.versionId });
}

/** Adds an internal case note (hjp-case-note), readable only by the advice organisation. */
export function addCaseNote(
  gateway: FhirGateway,
  record: CaseRef,
  user: CaseUser,
  text: string,
  noteId: string,
): Promise<Communication> {
  return createOnce(
    gateway,
    buildCaseNote({
      identifier: noteId,
      patientId: patientOfTask(record.task),
      taskId: record.task.id ?? '',
      referralId: record.referral?.id ?? '',
      author: user.reference,
      organisation: user.organisation?.reference ?? '',
      text,
      sent: new Date(),
    }),
  );
}

/** Who made the Task's current version: the agent of the Provenance it linked last, by name ("Faisal Ahmed"). */
export async function whoChanged(gateway: FhirGateway, current: Task): Promise<string | null> {
  const last = current.relevantHistory?.at(-1)?.reference;
  const id = /^Provenance\/([^/]+)/.exec(last ?? '')?.[1];
  if (!id) {
    return null;
  }
  const bundle = await gateway.search('Provenance', {
    _id: id,
    _include: 'Provenance:agent',
    '_include:iterate': 'PractitionerRole:practitioner',
  });
  const provenance = bundle.entry?.find((e) => e.resource?.resourceType === 'Provenance')?.resource as
    Provenance | undefined;
  const roleId = /^PractitionerRole\/(.+)$/.exec(provenance?.agent[0]?.who.reference ?? '')?.[1];
  return (roleId ? userFromRoleBundle(bundle, roleId, JOB_ROLES)?.name : undefined) ?? null;
}
