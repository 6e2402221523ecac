import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'fhir-kit-client';
import type { Bundle } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { PACKAGE_DIR } from '../../fhir-profiles/src/examples';
import { INSTALLED_TYPES, installPackage } from '../../fhir-profiles/src/install-package';
import { readPackage } from '../../fhir-profiles/src/validation/package';
import { startTestSandbox } from '../support/sandbox';
import { testAdminToken } from './profiles-support';

let sandbox: RunningSandbox;
let token: string;
let client: Client;
const pkg = readPackage(PACKAGE_DIR);
const conformance = pkg.all.filter((r) => (INSTALLED_TYPES as readonly string[]).includes(r.resourceType));

beforeAll(async () => {
  sandbox = await startTestSandbox();
  token = await testAdminToken(sandbox);
  client = new Client({ baseUrl: sandbox.urls.fhirBase, customHeaders: { Authorization: `Bearer ${token}` } });
  // The sandbox installs the package itself at start; remove it so the loader meets a server without it.
  for (const r of conformance) {
    await client.delete({ resourceType: r.resourceType, id: r.id ?? '' });
  }
});
afterAll(async () => {
  await sandbox.close();
});

describe('profiles:load installs the package idempotently', () => {
  it('installs everything once, then changes nothing on a second run', async () => {
    const first = await installPackage(client, pkg.all);
    expect(first.created + first.updated + first.unchanged).toBe(conformance.length);
    expect(first.created).toBeGreaterThan(40);
    const second = await installPackage(client, pkg.all);
    expect(second).toEqual({ created: 0, updated: 0, unchanged: conformance.length });
  });

  it('leaves exactly one copy of each canonical resource', async () => {
    for (const type of INSTALLED_TYPES) {
      const bundle = (await client.search({
        resourceType: type,
        searchParams: { _count: '500' },
      })) as unknown as Bundle;
      const urls = (bundle.entry ?? []).map((e) => (e.resource as { url?: string }).url);
      const ours = urls.filter((u) => u?.startsWith('https://fhir.hjp-link.org.uk/'));
      expect(new Set(ours).size, type).toBe(ours.length);
      expect(ours.length, type).toBe(conformance.filter((r) => r.resourceType === type).length);
    }
  });

  it('runs as the npm command against a server base with a token', async () => {
    // Asynchronous: the sandbox runs in this process and must keep answering.
    const root = join(import.meta.dirname, '..', '..');
    // --token=<value>: a base64url token may start with '-', which parseArgs would take for an option.
    const args = ['fhir-profiles/scripts/load.ts', '--server', sandbox.urls.fhirBase, `--token=${token}`];
    const res = await promisify(execFile)(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), ...args], {
      cwd: root,
    });
    expect(res.stderr).toBe('');
    expect(res.stdout).toMatch(/profiles:load: 0 created, 0 updated, \d+ unchanged/);
  });
});
