import type { Communication, Task } from 'fhir/r4';
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
