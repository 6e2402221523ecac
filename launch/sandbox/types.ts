import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Resource } from '@medplum/fhirtypes';

/** A route handler: returns true when it handled the request. */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** The FHIR interactions that scopes govern (SMART v2 c r u d s). */
export type FhirInteraction = 'create' | 'read' | 'update' | 'delete' | 'search';

/**
 * What an access token allows, handed by the auth layer to the FHIR layer for each call.
 * The FHIR layer calls these hooks at every point where data goes in or out, including
 * every entry of a transaction/batch and every resource in a search result (matches and includes).
 * Each assert* throws AccessDeniedError (→ 403 OperationOutcome) when refused.
 */
export interface AccessPolicy {
  /** The patient of a patient-level token, if any. */
  readonly patientId: string | undefined;
  /** fhirUser reference of the token's user, e.g. "Practitioner/gp-1" or "PractitionerRole/x". */
  readonly fhirUser: string | undefined;
  /** The scopes allow this interaction on this resource type at all. */
  assertInteraction(interaction: FhirInteraction, resourceType: string): void;
  /** A resource that is read, returned, created or updated is within what the token may see. */
  assertResource(interaction: FhirInteraction, resource: Resource): void;
}

export class AccessDeniedError extends Error {
  readonly status = 403;
}

export class AuthenticationError extends Error {
  readonly status = 401;
}
