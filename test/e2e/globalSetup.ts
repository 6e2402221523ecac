import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';
import { securityHeaders } from '../../launch/hosting/securityHeaders';

const root = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** The newest modification time of any file under `path` (a file or a folder). */
function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) {
    return info.mtimeMs;
  }
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), info.mtimeMs);
}

/** True when dist/ was built after every change to what goes into it: the tests always test the current app. */
function isBuildCurrent(): boolean {
  const built = resolve(root, 'dist/index.html');
  if (!existsSync(built)) {
    return false;
  }
  const inputs = [
    'src',
    'launch/index.html',
    'launch/launch.html',
    'launch/buildPlugins.ts',
    'launch/hosting',
    'launch/shims',
    'vite.config.ts',
    'package-lock.json',
  ];
  return inputs.every((input) => newestChange(resolve(root, input)) < statSync(built).mtimeMs);
}

/**
 * The same build as `npm run build`. Vitest sets NODE_ENV=test, and Vite would then bundle React's
 * development build (StrictMode runs every effect twice), which is not what users get.
 */
async function buildForProduction(configFile: string): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

/** A CSP source for every port of 127.0.0.1: test files may start sandboxes of their own. */
const LOOPBACK_ANY_PORT = 'http://127.0.0.1:*';

/**
 * The built app served by `vite preview` on a free loopback port, shared by the end-to-end files
 * (which run one at a time). Each file starts its own sandbox (test/support/sandboxPerFile.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configFile = resolve(root, 'vite.config.ts');
  if (!isBuildCurrent()) {
    await buildForProduction(configFile);
  }
  const app = await preview({
    configFile,
    // The production headers, allowing this run's sandboxes (on random loopback ports) as FHIR servers and EHR frames.
    preview: {
      port: 0,
      strictPort: false,
      host: '127.0.0.1',
      headers: securityHeaders({ connectOrigins: [LOOPBACK_ANY_PORT], frameAncestors: [LOOPBACK_ANY_PORT] }),
    },
    logLevel: 'warn',
  });
  const appUrl = app.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!appUrl) {
    throw new Error('vite preview did not report its address');
  }
  project.provide('appUrl', appUrl);
  return async () => {
    await new Promise<void>((done) => {
      app.httpServer.close(() => {
        done();
      });
    });
  };
}
