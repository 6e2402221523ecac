import type { Bundle, Resource } from 'fhir/r4';
import { FhirError } from './errors';
import type { FhirGateway } from './gateway';

/**
 * Reading a transaction or batch answer the way the specification allows it to come: an entry may
 * carry the resource, or only `response.location` (a server's default may be return=minimal).
 */

/** "Type/id" → id, from the entry's resource or its response.location (relative or absolute, versioned or not). */
export function answeredId(answer: Bundle, index: number, type: string): string | undefined {
  const entry = answer.entry?.[index];
  if (entry?.resource?.resourceType === type && entry.resource.id) {
    return entry.resource.id;
  }
  const match = new RegExp(`(?:^|/)${type}/([A-Za-z0-9\\-.]{1,64})(?:/_history/[^/]+)?$`).exec(
    entry?.response?.location ?? '',
  );
  return match?.[1];
}

/** The first entry of `type` the answer names, by its resource or its location. */
export function firstAnsweredId(answer: Bundle, type: string): string | undefined {
  for (let i = 0; i < (answer.entry?.length ?? 0); i += 1) {
    const id = answeredId(answer, i, type);
    if (id) {
      return id;
    }
  }
  return undefined;
}

/** The resource entry `index` wrote: from the answer when it is there, otherwise read back by its location. */
export async function answeredResource<T extends Resource>(
  gateway: FhirGateway,
  answer: Bundle,
  index: number,
  type: T['resourceType'],
): Promise<T> {
  const entry = answer.entry?.[index];
  if (entry?.resource?.resourceType === type) {
    return entry.resource as T;
  }
  const location = versionedLocation(entry?.response);
  if (!location) {
    throw new FhirError('malformed', undefined, undefined, `no ${type} and no location in the answer`);
  }
  return gateway.readLocation<T>(location, type);
}

/**
 * The entry's location pinned to the version this write made: as given when it names one, else
 * with the version from its ETag, so the read-back is exactly what was written (a plain read
 * could return someone else's later change and hide a conflict).
 */
export function versionedLocation(response: { location?: string; etag?: string } | undefined): string | undefined {
  const location = response?.location;
  if (!location || location.includes('/_history/')) {
    return location;
  }
  const version = /^(?:W\/)?"([^"]+)"$/.exec(response.etag ?? '')?.[1];
  return version ? `${location.replace(/\/+$/, '')}/_history/${version}` : location;
}
