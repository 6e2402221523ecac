import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Resource } from '@medplum/fhirtypes';

/** A route handler: returns true when it handled the request. */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** The FHIR interactions that scopes govern (SMART v2 c r u d s). */
export type FhirInteraction = 'create' | 'read' | 'update' | 'delete' | 'search';

/** The record as it stands during one request (writes made earlier in a transaction included). */
export interface RecordView {
  current(resourceType: string, id: string): Resource | undefined;
  all(resourceType: string): Iterable<Resource>;
}

export type WriteInteraction = 'create' | 'update' | 'delete';

/**
 * What an access token allows, handed by the auth layer to the FHIR layer for each call.
 * assertInteraction is about scopes alone; `begin` binds the token's record rules (the access
 * model: compartment, consent, transitions) to the record for one request. The FHIR layer calls
 * these at every point where data goes in or out, including every entry of a transaction/batch
 * and every resource in a search result (matches and includes), BEFORE totals are counted.
 * Each assert* throws AccessDeniedError (→ 403 OperationOutcome) when refused.
 */
export interface AccessPolicy {
  /** The patient of a patient-level token, if any. */
  readonly patientId: string | undefined;
  /** fhirUser reference of the token's user, e.g. "PractitionerRole/x". */
  readonly fhirUser: string | undefined;
  /** The scopes allow this interaction on this resource type at all. */
  assertInteraction(interaction: FhirInteraction, resourceType: string): void;
  begin(view: RecordView): RecordAccess;
}

export interface RecordAccess {
  /**
   * The resource as this token may see it (elements it may not see removed), or a plain
   * refusal when it may not see it at all. Never mutates `resource`.
   */
  reveal<R extends Resource>(interaction: 'read' | 'search', resource: R): R | { refused: string };
  /** A create, update or delete is allowed (`next` undefined for delete; `current` undefined for create). */
  assertWrite(interaction: WriteInteraction, next: Resource | undefined, current: Resource | undefined): void;
  /** The record changed within the request: forget what was worked out from it. */
  changed(): void;
}

export class AccessDeniedError extends Error {
  readonly status = 403;
}

export class AuthenticationError extends Error {
  readonly status = 401;
}
