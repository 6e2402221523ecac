import type { Communication, Reference, Task } from 'fhir/r4';
import { USER_ROLE_SYSTEM } from '../../fhir-profiles/src/canonical';
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
