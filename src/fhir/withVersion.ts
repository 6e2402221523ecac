import type { Resource } from 'fhir/r4';
import type { FhirGateway } from './gateway';

/**
 * The resource with the version its update will be guarded by: its own versionId, or, when the
 * server sent none with it, the current version read again (never an update without If-Match).
 */
export async function withVersion<T extends Resource>(gateway: FhirGateway, resource: T): Promise<T> {
  if (resource.meta?.versionId || !resource.id) {
    return resource;
  }
  const fresh = await gateway.read<T>(resource.resourceType, resource.id);
  return { ...resource, meta: { ...resource.meta, versionId: fresh.meta?.versionId } };
}
