import type { Identifier, Resource } from 'fhir/r4';
import { identifierSearchOf } from '../domain/references';
import type { FhirGateway, WriteOptions } from './gateway';

/**
 * A conditional create keyed on the resource's own (client-assigned) identifier: a retry after a
 * lost answer finds the first one instead of making a second. The one way the app creates
 * messages, consents, screenings and evidence requests.
 */
export function createOnce<T extends Resource & { identifier?: Identifier | Identifier[] }>(
  gateway: FhirGateway,
  resource: T,
  options: WriteOptions = {},
): Promise<T> {
  const identifier = Array.isArray(resource.identifier) ? resource.identifier[0] : resource.identifier;
  if (!identifier?.system || !identifier.value) {
    throw new RangeError('A create-once resource needs a client-assigned identifier.');
  }
  return gateway.create(resource, { ifNoneExist: identifierSearchOf(identifier), ...options });
}

/**
 * Saves a document the user edits more than once (a period's narrative, a case study): the first
 * save is createOnce (a retry never makes a second); later saves update the stored version with
 * If-Match, so two people editing at once cannot overwrite each other (a stale save fails with
 * kind 'conflict').
 */
export function saveOnce<T extends Resource & { identifier?: Identifier | Identifier[] }>(
  gateway: FhirGateway,
  next: T,
  stored: T | null,
): Promise<T> {
  if (stored?.id) {
    return gateway.update({ ...next, id: stored.id }, { ifMatchVersion: stored.meta?.versionId });
  }
  return createOnce(gateway, next);
}
