import { resolve } from 'node:path';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import { precompressAssets, serveHashedAssets } from '../../launch/hosting/hashedAssets';

const root = resolve(import.meta.dirname, '../..');

/**
 * The bench's floors, each a launch page and a redirect page that show the patient's name:
 * - `bare`: fhirclient alone (test/bench/floor), the floor issue #8's ratio is measured against;
 * - `stack`: the same, shown by React with the app's NHS stylesheet (test/bench/floor-react):
 *   what the fixed stack costs a launch before any of the app's own code.
 */
export type FloorKind = 'bare' | 'stack';

const FOLDERS: Record<FloorKind, string> = { bare: 'floor', stack: 'floor-react' };

/**
 * A floor page's build: its own root and output folder (test/.artifacts), so dist never holds it.
 * Built and served as the app is (its files precompressed, cached as immutable), so the pages differ
 * only in what they do.
 */
function floorConfig(kind: FloorKind): InlineConfig {
  const floorRoot = resolve(import.meta.dirname, FOLDERS[kind]);
  return {
    configFile: false,
    root: floorRoot,
    logLevel: 'warn',
    plugins: [precompressAssets(), serveHashedAssets()],
    resolve: {
      alias: [{ find: /^fhirclient$/, replacement: resolve(root, 'node_modules/fhirclient/lib/entry/browser.js') }],
    },
    build: {
      outDir: resolve(root, `test/.artifacts/${FOLDERS[kind]}-dist`),
      emptyOutDir: true,
      rolldownOptions: {
        input: { index: resolve(floorRoot, 'index.html'), launch: resolve(floorRoot, 'launch.html') },
      },
    },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  };
}

/** Builds and serves a floor page; returns its origin and its server. */
export async function serveFloor(kind: FloorKind = 'bare'): Promise<{ url: string; server: PreviewServer }> {
  const config = floorConfig(kind);
  await build(config);
  const server = await preview(config);
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  return { url, server };
}
