import type { BundleEntry, Resource } from 'fhir/r4';

/** A copy to write back: the profile claim stays, the server's version stamp goes. */
export function withoutVersion<T extends Resource>(resource: T): T {
  const copy = { ...resource };
  if (!copy.meta) {
    return copy;
  }
  const meta = { ...copy.meta };
  delete meta.versionId;
  delete meta.lastUpdated;
  if (Object.keys(meta).length > 0) {
    copy.meta = meta;
  } else {
    delete copy.meta;
  }
  return copy;
}

/**
 * A transaction PUT of `resource` guarded by the version it was based on (If-Match). There is no
 * unguarded update: the record answers 428 without If-Match, so a missing version is a bug here.
 */
export function guardedPut(resource: Resource, version: string | undefined): BundleEntry {
  if (!resource.id) {
    throw new RangeError('A guarded update needs an id.');
  }
  if (!version) {
    throw new RangeError('A guarded update needs the version it is based on: read the record again first.');
  }
  const url = `${resource.resourceType}/${resource.id}`;
  return { resource, request: { method: 'PUT', url, ifMatch: `W/"${version}"` } };
}
