import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { Browser } from 'playwright-core';
import { securityHeaders } from '../../launch/hosting/securityHeaders';
import { startSandbox, type RunningSandbox } from '../../launch/sandbox/server';
import { launchBrowser } from '../support/browser';
import { serveFloor } from './floor';

const root = resolve(import.meta.dirname, '../..');

export interface BenchServers {
  sandbox: RunningSandbox;
  /** The built app (dist/), served by `vite preview` with the production headers. */
  appUrl: string;
  /** The same for each of `builds` (folders relative to the project), in their order. */
  appUrls: string[];
  /** The floor: a bare fhirclient page, built and served beside the app. */
  floorUrl: string;
  /** The stack's floor: the same page shown by React with the app's NHS stylesheet (floor.ts). */
  stackFloorUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * The sandbox, the built app, the floor pages and a headless Chromium: what the bench's launches run
 * on. `builds`: the app's build folders to serve, each on its own port (compareBuilds.ts serves two).
 */
export async function startBenchServers(builds: readonly string[] = ['dist']): Promise<BenchServers> {
  // testMode: the caseload figures are seeded through the test-only admin client (never granted otherwise).
  const sandbox = await startSandbox({ port: 0, dataDir: null, testMode: true, seed: true });
  const servers: PreviewServer[] = [];
  for (const build of builds) {
    servers.push(
      await preview({
        configFile: resolve(root, 'vite.config.ts'),
        build: { outDir: resolve(root, build) },
        preview: {
          port: 0,
          strictPort: false,
          host: '127.0.0.1',
          headers: securityHeaders({ connectOrigins: [sandbox.urls.origin], frameAncestors: [sandbox.urls.origin] }),
        },
        logLevel: 'warn',
      }),
    );
  }
  const appUrls = servers.map((server) => server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '');
  const floor = await serveFloor('bare');
  const stackFloor = await serveFloor('stack');
  const browser = await launchBrowser();
  const close = async (): Promise<void> => {
    await browser.close();
    for (const running of [...servers, floor.server, stackFloor.server]) {
      await new Promise<void>((done) => {
        running.httpServer.close(() => {
          done();
        });
      });
    }
    await sandbox.close();
  };
  return {
    sandbox,
    appUrl: appUrls[0] ?? '',
    appUrls,
    floorUrl: floor.url,
    stackFloorUrl: stackFloor.url,
    browser,
    close,
  };
}
