import { indexSearchParameter } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { INSTALLED_TYPES } from '../../../fhir-profiles/src/install-package';
import { readPackage } from '../../../fhir-profiles/src/validation/package';
import type { Store, Stored } from './store';

const sameContent = (a: Resource, b: Resource): boolean =>
  JSON.stringify({ ...a, meta: undefined }) === JSON.stringify({ ...b, meta: undefined });

/**
 * Installs the compiled HJP package on every start, as a server administrator would: profiles,
 * code systems, value sets, search parameters and the checklist Questionnaire become readable
 * resources (the app fetches the Questionnaire by canonical URL), and new search parameters are
 * indexed. A resource already stored with the same content is left alone; a changed one gets a
 * new version. Returns how many resources were written.
 */
export async function installConformance(store: Store, packageDir: string): Promise<number> {
  const resources = readPackage(packageDir).all.filter((r) =>
    (INSTALLED_TYPES as readonly string[]).includes(r.resourceType),
  );
  for (const r of resources) {
    if (r.resourceType === 'SearchParameter') {
      indexSearchParameter(r);
    }
  }
  return store.mutex.run(async () => {
    let written = 0;
    const lastUpdated = new Date().toISOString();
    for (const resource of resources) {
      if (!resource.id) {
        throw new Error(`Package ${resource.resourceType} has no id`);
      }
      const current = store.current(resource.resourceType, resource.id);
      if (current && sameContent(current, resource)) {
        continue;
      }
      const versionId = String(store.versions(resource.resourceType, resource.id).length + 1);
      const stored: Stored = { ...resource, id: resource.id, meta: { versionId, lastUpdated } };
      await store.put(stored);
      written++;
    }
    store.commit();
    return written;
  });
}
