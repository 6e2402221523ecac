import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import type { MeasureTimepoint } from '../../fhir-profiles/src/terminology';
import type { CaseRef } from '../domain/caseRef';
import { buildMeasureResponse, type MeasureAnswer } from '../domain/measures';
import { createOnce } from '../fhir/createOnce';
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

/** Records one before-and-after measure response on the case; the client id makes a retry safe. */
export function recordMeasure(
  gateway: FhirGateway,
  record: CaseRef,
  user: CaseUser,
  input: {
    questionnaire: Questionnaire;
    timepoint: MeasureTimepoint;
    answers: Readonly<Record<string, MeasureAnswer>>;
    clientId: string;
  },
): Promise<QuestionnaireResponse> {
  return createOnce(
    gateway,
    buildMeasureResponse({
      identifier: input.clientId,
      questionnaire: input.questionnaire,
      timepoint: input.timepoint,
      referralId: record.referral?.id ?? '',
      patientId: patientOfTask(record.task),
      author: user.reference,
      answers: input.answers,
      authored: new Date(),
    }),
  );
}
