import { getStatus, OperationOutcomeError } from '@medplum/core';
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import { AccessDeniedError } from '../types';

/** An OperationOutcome whose `id` Medplum's getStatus maps to the HTTP status we want. */
function outcomeWithId(id: string, issue: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: 'OperationOutcome', id, issue };
}

export function invalidOutcome(issues: OperationOutcomeIssue[]): OperationOutcome {
  // 'business-rule' → 422 Unprocessable Entity.
  return outcomeWithId('business-rule', issues);
}

export function badRequestError(diagnostics: string): OperationOutcomeError {
  return new OperationOutcomeError({
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: 'invalid', diagnostics, details: { text: diagnostics } }],
  });
}

export function forbiddenError(message: string): OperationOutcomeError {
  return new OperationOutcomeError(
    outcomeWithId('forbidden', [
      { severity: 'error', code: 'forbidden', diagnostics: message, details: { text: message } },
    ]),
  );
}

export function preconditionFailedError(diagnostics: string): OperationOutcomeError {
  return new OperationOutcomeError(
    outcomeWithId('precondition-failed', [
      { severity: 'error', code: 'conflict', diagnostics, details: { text: diagnostics } },
    ]),
  );
}

const PRECONDITION_REQUIRED = 'precondition-required';

/** 428 Precondition Required: an update without If-Match where one is needed. */
export function preconditionRequiredError(diagnostics: string): OperationOutcomeError {
  return new OperationOutcomeError(
    outcomeWithId(PRECONDITION_REQUIRED, [
      { severity: 'error', code: 'conflict', diagnostics, details: { text: diagnostics } },
    ]),
  );
}

/** Runs an access hook, turning AccessDeniedError into a 403 outcome the router carries through. */
export function guardAccess(check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof AccessDeniedError) {
      throw forbiddenError(err.message);
    }
    throw err;
  }
}

/** The HTTP status of an outcome returned by the router (Medplum knows no 428). */
export function statusOf(outcome: OperationOutcome): number {
  return outcome.id === PRECONDITION_REQUIRED ? 428 : getStatus(outcome);
}

/** Batch and transaction answers: an entry refused for want of If-Match says 428 too. */
export function withEntryStatuses<R>(resource: R): R {
  const bundle = resource as {
    resourceType?: string;
    entry?: { response?: { status?: string; outcome?: OperationOutcome } }[];
  };
  if (bundle.resourceType === 'Bundle') {
    for (const entry of bundle.entry ?? []) {
      if (entry.response?.outcome?.id === PRECONDITION_REQUIRED) {
        entry.response.status = '428';
      }
    }
  }
  return resource;
}
