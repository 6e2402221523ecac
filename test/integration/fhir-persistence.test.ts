import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Bundle, Patient } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox } from '../support/sandbox';
import { sandboxApi } from '../support/api';
import { seedResources } from '../../launch/sandbox/seed/index';

describe('FHIR API: persistence across restarts and reset', () => {
  let dataDir = '';
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'hjp-sandbox-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps ids, versions and ETags after a restart, so If-Match with the old version still works', async () => {
    const first = await startTestSandbox({ dataDir });
    let id = '';
    try {
      const api = await sandboxApi(first);
      id = (await api<Patient>('POST', 'Patient', { resourceType: 'Patient', name: [{ family: 'Durable' }] })).body.id!;
      await api(
        'PUT',
        `Patient/${id}`,
        { resourceType: 'Patient', id, name: [{ family: 'Durable2' }] },
        { 'If-Match': 'W/"1"' },
      );
      const failed = await api('POST', '', {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          {
            resource: { resourceType: 'Patient', name: [{ family: 'Phantom' }] },
            request: { method: 'POST', url: 'Patient' },
          },
          { resource: { resourceType: 'Patient', gender: 'robot' }, request: { method: 'POST', url: 'Patient' } },
        ],
      });
      expect(failed.status).toBe(422);
    } finally {
      await first.close();
    }
    const second = await startTestSandbox({ dataDir });
    try {
      const api = await sandboxApi(second);
      const read = await api<Patient>('GET', `Patient/${id}`);
      expect(read.body.name?.[0]?.family).toBe('Durable2');
      expect(read.headers.get('etag')).toBe('W/"2"');
      expect((await api<Bundle>('GET', `Patient/${id}/_history`)).body.entry).toHaveLength(2);
      expect((await api<Bundle>('GET', 'Patient?family=Phantom&_summary=count')).body.total).toBe(0);
      expect((await api('PUT', `Patient/${id}`, { resourceType: 'Patient', id }, { 'If-Match': 'W/"1"' })).status).toBe(
        412,
      );
      expect((await api('PUT', `Patient/${id}`, { resourceType: 'Patient', id }, { 'If-Match': 'W/"2"' })).status).toBe(
        200,
      );
    } finally {
      await second.close();
    }
  });

  it('--reset empties the data folder, so the next start holds exactly the seed again', async () => {
    const root = resolve(import.meta.dirname, '../..');
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['launch/sandbox/main.ts', '--reset', '--data', dataDir], {
      cwd: root,
    });
    expect(readdirSync(dataDir)).toEqual([]);
    const fresh = await startTestSandbox({ dataDir });
    try {
      const api = await sandboxApi(fresh);
      expect((await api<Bundle>('GET', 'Patient?family=Durable2&_summary=count')).body.total).toBe(0);
      const seededPatients = seedResources().filter((r) => r.resourceType === 'Patient').length;
      expect((await api<Bundle>('GET', 'Patient?_summary=count')).body.total).toBe(seededPatients);
    } finally {
      await fresh.close();
    }
  });
});
