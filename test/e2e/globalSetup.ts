import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';
import { startSandbox } from '../../launch/sandbox/server';

const root = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    sandboxOrigin: string;
    fhirBase: string;
  }
}

/**
 * One sandbox (test mode, in memory, seeded) and the built app served by `vite preview`,
 * both on free loopback ports, shared by the end-to-end files (which run one at a time).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configFile = resolve(root, 'vite.config.ts');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    await build({ configFile, logLevel: 'warn' });
  }
  const sandbox = await startSandbox({ port: 0, dataDir: null, testMode: true, seed: true });
  const app = await preview({
    configFile,
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const appUrl = app.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!appUrl) {
    throw new Error('vite preview did not report its address');
  }
  project.provide('appUrl', appUrl);
  project.provide('sandboxOrigin', sandbox.urls.origin);
  project.provide('fhirBase', sandbox.urls.fhirBase);
  return async () => {
    await new Promise<void>((done) => {
      app.httpServer.close(() => {
        done();
      });
    });
    await sandbox.close();
  };
}
