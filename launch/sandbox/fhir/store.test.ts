import { describe, expect, it } from 'vitest';
import { parseSearchRequest } from '@medplum/core';
import type { Patient } from '@medplum/fhirtypes';
import { Store, type Stored } from './store';

const patient = (id: string, family: string, versionId: string): Stored => ({
  resourceType: 'Patient',
  id,
  name: [{ family }],
  meta: { versionId, lastUpdated: '2026-12-01T09:00:00.000Z' },
});

async function engineFamilies(store: Store): Promise<string[]> {
  const found = await store.engine.searchResources(parseSearchRequest<Patient>('Patient'));
  return found.map((p) => p.name?.[0]?.family ?? '').sort();
}

describe('Store (its own tables; the engine mirrored through its public API)', () => {
  it('keeps current versions and history, and a rollback restores both and the engine’s copy', async () => {
    const store = new Store(null);
    await store.put(patient('a', 'Ash', '1'));
    store.commit();
    const savepoint = store.savepoint();
    await store.put(patient('a', 'Birch', '2'));
    await store.put(patient('b', 'Cedar', '1'));
    await store.remove('Patient', 'a');
    expect(store.current('Patient', 'a')).toBeUndefined();
    expect(await engineFamilies(store)).toEqual(['Cedar']);

    await store.rollbackTo(savepoint);
    expect((store.current('Patient', 'a') as Patient | undefined)?.name?.[0]?.family).toBe('Ash');
    expect(store.current('Patient', 'b')).toBeUndefined();
    expect(store.versions('Patient', 'a').map((v) => v.meta?.versionId)).toEqual(['1']);
    expect(await engineFamilies(store)).toEqual(['Ash']);
  });

  it('replays a change log into the same state', async () => {
    const store = new Store(null);
    await store.replay([
      [{ op: 'put', resource: patient('a', 'Ash', '1') }],
      [
        { op: 'put', resource: patient('a', 'Birch', '2') },
        { op: 'put', resource: patient('b', 'Cedar', '1') },
      ],
      [{ op: 'delete', resourceType: 'Patient', id: 'b' }],
    ]);
    expect(store.versions('Patient', 'a').map((v) => v.meta?.versionId)).toEqual(['1', '2']);
    expect([...store.all('Patient')].map((p) => p.id)).toEqual(['a']);
    expect(await engineFamilies(store)).toEqual(['Birch']);
  });
});
