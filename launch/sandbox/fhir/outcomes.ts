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
    issue: [{ severity: 'error', code: 'invalid', diagnostics }],
  });
}

export function forbiddenError(message: string): OperationOutcomeError {
  return new OperationOutcomeError(
    outcomeWithId('forbidden', [{ severity: 'error', code: 'forbidden', diagnostics: message }]),
  );
}

export function preconditionFailedError(diagnostics: string): OperationOutcomeError {
  return new OperationOutcomeError(
    outcomeWithId('precondition-failed', [{ severity: 'error', code: 'conflict', diagnostics }]),
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

/** The HTTP status of an outcome returned by the router. */
export function statusOf(outcome: OperationOutcome): number {
  return getStatus(outcome);
}
