import type { ResourceValidator } from '../../../fhir-profiles/src/validation/index';
import { seedResources } from '../seed/index';
import type { Store, Stored } from './store';

/** Loads the synthetic seed into an empty store as one committed unit (version 1 of each resource). */
export async function loadSeed(store: Store, validator: ResourceValidator): Promise<void> {
  const lastUpdated = new Date().toISOString();
  await store.mutex.run(async () => {
    for (const resource of seedResources()) {
      if (!resource.id) {
        throw new Error(`Seed ${resource.resourceType} has no id`);
      }
      const stored: Stored = { ...resource, id: resource.id, meta: { ...resource.meta, versionId: '1', lastUpdated } };
      const issues = validator.validate(stored);
      if (issues.length > 0) {
        // Loaded anyway so the sandbox starts; the seed's own tests must keep it valid.
        console.warn(
          `Seed ${resource.resourceType}/${resource.id} is invalid: ${issues.map((i) => i.diagnostics ?? i.details?.text ?? '').join('; ')}`,
        );
      }
      await store.put(stored);
    }
    store.commit();
  });
}
