import type { Bundle, Consent, ServiceRequest, Task } from 'fhir/r4';
import { CANONICAL_BASE } from '../../fhir-profiles/src/canonical';
import { PROFILE, TASK_TYPE, localCoding } from '../../fhir-profiles/src/terminology';
import { provenanceEntry } from '../domain/provenance';
import type { CaseUser } from '../domain/taskChange';
import { consentDecision, type ConsentDecision } from '../domain/consent/decision';
import { identifierSearch, patientOfTask } from '../domain/references';
import { datePartsOf, londonDay, parseDateParts, type DateInputResult } from '../domain/dateInput';

/** Business identifier of an evidence request (client UUID): a retried send never asks twice. */
export const EVIDENCE_REQUEST_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/evidence-request`;

export interface EvidenceRequestInput {
  /** Client-generated UUID, kept across retries of the same request (a new one if omitted). */
  identifier?: string;
  referralTask: Task;
  referral: ServiceRequest;
  /** What is needed, in the adviser's words. */
  description: string;
  /** Due date, YYYY-MM-DD. */
  due: string;
  requester: CaseUser;
  now: Date;
}

/**
 * The consent gate for medical evidence: an evidence request may be made, and the clinical
 * summary read, only while the patient's medical-evidence consent for this advice organisation
 * is active (the one consent rule, src/domain/consent/decision.ts).
 */
export function evidenceConsent(
  consents: readonly Consent[],
  patientId: string,
  adviceOrg: string,
  now: Date,
): ConsentDecision {
  return consentDecision(consents, { patientId, adviceOrg, coverage: 'medical-evidence', now });
}

export const patientIdOf = patientOfTask;

/** What the due date is called in its messages (the NHS date input's error pattern). */
export const DUE_DATE_LABEL = 'Due date';

/** A saved due date (YYYY-MM-DD) read as if typed in the date input: anything else is empty. */
export function dueDateOf(due: string): DateInputResult {
  return parseDateParts(datePartsOf(due), DUE_DATE_LABEL);
}

/**
 * Problems with the adviser's input, by field, in plain English. The due date, as read from the
 * NHS date input, must be a real date after today in the UK (the GP needs time to answer).
 */
export function evidenceInputProblems(input: {
  description: string;
  due: DateInputResult;
  now: Date;
}): Partial<Record<'description' | 'due', string>> {
  const problems: Partial<Record<'description' | 'due', string>> = {};
  if (!input.description.trim()) {
    problems.description = 'Say what evidence you need.';
  }
  if (input.due.kind === 'empty') {
    problems.due = 'Enter a due date';
  } else if (input.due.kind === 'invalid') {
    problems.due = input.due.message;
  } else if (input.due.value <= londonDay(input.now)) {
    problems.due = 'Due date must be in the future';
  }
  return problems;
}

/** An hjp-evidence-request Task: owned by the referrer, part of the referral Task, due by a date. */
export function buildEvidenceRequest(input: EvidenceRequestInput): Task {
  const referrer = input.referral.requester?.reference ?? input.referralTask.requester?.reference;
  if (!referrer?.startsWith('PractitionerRole/')) {
    throw new RangeError('The referral has no referrer to ask.');
  }
  return {
    resourceType: 'Task',
    meta: { profile: [PROFILE.evidenceRequest] },
    identifier: [{ system: EVIDENCE_REQUEST_IDENTIFIER_SYSTEM, value: input.identifier ?? crypto.randomUUID() }],
    status: 'requested',
    intent: 'order',
    code: { coding: [localCoding(TASK_TYPE, 'medical-evidence')] },
    focus: { reference: `ServiceRequest/${input.referral.id ?? ''}` },
    partOf: [{ reference: `Task/${input.referralTask.id ?? ''}` }],
    for: { reference: `Patient/${patientIdOf(input.referralTask)}` },
    authoredOn: input.now.toISOString(),
    requester: { reference: input.requester.reference },
    owner: { reference: referrer },
    description: input.description.trim(),
    restriction: { period: { end: input.due } },
  };
}

/** One transaction: the request (created only if its identifier is new) and who made it. */
export function evidenceRequestBundle(request: Task, requester: CaseUser, now: Date): Bundle {
  const fullUrl = `urn:uuid:${crypto.randomUUID()}`;
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl,
        resource: request,
        request: {
          method: 'POST',
          url: 'Task',
          ifNoneExist: identifierSearch(EVIDENCE_REQUEST_IDENTIFIER_SYSTEM, request.identifier?.[0]?.value),
        },
      },
      provenanceEntry([fullUrl], requester, 'CREATE', now.toISOString()),
    ],
  };
}
