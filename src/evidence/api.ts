import type { Task } from 'fhir/r4';
import type { CaseRef } from '../domain/caseRef';
import type { CaseUser } from '../domain/taskChange';
import type { FhirGateway } from '../fhir/gateway';
import { buildEvidenceRequest, dueDateOf, evidenceInputProblems, evidenceRequestBundle } from './evidenceRequest';
import { answeredResource } from '../fhir/transactionAnswer';

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
  record: CaseRef,
  user: CaseUser,
  input: { description: string; due: string; identifier: string },
  now = new Date(),
): Promise<Task> {
  const decision = record.evidenceConsent;
  if (!decision.allowed) {
    throw new EvidenceNotAllowed(decision.reason, decision.whatToDo);
  }
  const problems = evidenceInputProblems({ description: input.description, due: dueDateOf(input.due), now });
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
