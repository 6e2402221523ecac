import type { CaseRef } from '../domain/caseRef';
import { referrerOf } from '../domain/caseRef';
import { buildMessage } from '../domain/messages';
import { patientOfTask } from '../domain/references';
import type { CaseUser } from '../domain/taskChange';
import type { FhirGateway } from '../fhir/gateway';
import { guardedWrite, type WriteResult } from '../fhir/guardedWrite';
import { sendTaskTransaction } from '../fhir/taskTransaction';
import { withVersion } from '../fhir/withVersion';
import { closeCaseBundle, closingSummaryText } from './closeCase';
import type { CaseOutcomes } from './outcomeOutputs';

/** Closes the case with outcomes and sends the closing summary: one transaction, If-Match on the Task. */
export async function closeCase(
  gateway: FhirGateway,
  record: CaseRef,
  closing: CaseOutcomes,
  note: string,
  user: CaseUser,
  now = new Date(),
): Promise<WriteResult> {
  const summary = buildMessage({
    identifier: crypto.randomUUID(),
    category: 'outcome-feedback',
    patientId: patientOfTask(record.task),
    about: [`Task/${record.task.id ?? ''}`],
    basedOn: `ServiceRequest/${record.referral?.id ?? ''}`,
    sender: user.reference,
    recipients: [referrerOf(record)],
    text: closingSummaryText(closing, note),
    sent: now,
  });
  const bundle = closeCaseBundle(await withVersion(gateway, record.task), closing, summary, user, now);
  return await guardedWrite(gateway, record.task, () => sendTaskTransaction(gateway, bundle));
}
