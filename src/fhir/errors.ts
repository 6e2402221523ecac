import type { OperationOutcome } from 'fhir/r4';

/** What went wrong with a FHIR call, in terms a screen can act on. */
export type FhirErrorKind =
  | 'network' // no answer: offline, refused, timed out, or the response was lost
  | 'session-expired' // 401: the token is gone and could not be refreshed
  | 'forbidden' // 403: the scopes granted do not allow this
  | 'not-found'
  | 'conflict' // 409/412: someone else changed the resource first
  | 'invalid' // 400/422: the server refused the content
  | 'malformed' // the server answered something that is not the FHIR we expect
  | 'server'; // 5xx

const PLAIN_MESSAGES: Record<FhirErrorKind, string> = {
  network:
    'We could not reach the record system. Check your connection and try again. Nothing you entered has been lost.',
  'session-expired':
    'Your session has ended. Open HJP Link again from the patient record. Your work on this device has been kept.',
  forbidden:
    'Your access to the record does not allow this. Ask your system administrator to check HJP Link’s permissions.',
  'not-found': 'We could not find this record. It may have been removed.',
  conflict: 'Someone else changed this record while you were working. Check the latest version and try again.',
  invalid: 'The record system did not accept this information.',
  malformed: 'The record system sent information HJP Link could not read. Nothing has been changed.',
  server: 'The record system had a problem. Try again in a moment. Nothing you entered has been lost.',
};

export class FhirError extends Error {
  constructor(
    readonly kind: FhirErrorKind,
    readonly status: number | undefined,
    readonly outcome: OperationOutcome | undefined,
    detail?: string,
  ) {
    super(detail ? `${PLAIN_MESSAGES[kind]} (${detail})` : PLAIN_MESSAGES[kind]);
    this.name = 'FhirError';
  }

  /** The sentence to show a user. */
  get plainMessage(): string {
    return PLAIN_MESSAGES[this.kind];
  }

  /** The server's own words (OperationOutcome diagnostics/details), for a "details" disclosure. */
  get serverDetails(): string[] {
    return (this.outcome?.issue ?? [])
      .map((issue) => issue.diagnostics ?? issue.details?.text ?? '')
      .filter((text) => text.length > 0);
  }
}

export function kindForStatus(status: number): FhirErrorKind {
  if (status === 401) {
    return 'session-expired';
  }
  if (status === 403) {
    return 'forbidden';
  }
  if (status === 404 || status === 410) {
    return 'not-found';
  }
  if (status === 409 || status === 412) {
    return 'conflict';
  }
  if (status >= 500) {
    return 'server';
  }
  return 'invalid';
}

export function isFhirError(err: unknown): err is FhirError {
  return err instanceof FhirError;
}
