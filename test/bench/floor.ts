import { resolve } from 'node:path';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import { precompressAssets, serveHashedAssets } from '../../launch/hosting/hashedAssets';

const root = resolve(import.meta.dirname, '../..');
const floorRoot = resolve(import.meta.dirname, 'floor');

/**
 * The floor page's build: its own root and output folder (test/.artifacts), so dist never holds it.
 * Built and served as the app is (its files precompressed, cached as immutable), so the two differ
 * only in what their pages do.
 */
function floorConfig(): InlineConfig {
  return {
    configFile: false,
    root: floorRoot,
    logLevel: 'warn',
    plugins: [precompressAssets(), serveHashedAssets()],
    resolve: {
      alias: [{ find: /^fhirclient$/, replacement: resolve(root, 'node_modules/fhirclient/lib/entry/browser.js') }],
    },
    build: {
      outDir: resolve(root, 'test/.artifacts/floor-dist'),
      emptyOutDir: true,
      rolldownOptions: {
        input: { index: resolve(floorRoot, 'index.html'), launch: resolve(floorRoot, 'launch.html') },
      },
    },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  };
}

/** Builds and serves the bare fhirclient page; returns its origin and a stop function. */
export async function serveFloor(): Promise<{ url: string; server: PreviewServer }> {
  const config = floorConfig();
  await build(config);
  const server = await preview(config);
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  return { url, server };
}
