import type { Communication, Reference, Task } from 'fhir/r4';
import { USER_ROLE_SYSTEM } from '../../fhir-profiles/src/canonical';
import { EXTERNAL } from '../../fhir-profiles/src/terminology';
import { OPEN_TASK_STATUSES } from '../domain/taskStates';
import { assignmentBundle } from '../domain/caseOwner';
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
