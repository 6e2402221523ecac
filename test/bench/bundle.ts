import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  /**
   * JS the redirect page loads before the first screen, gzipped bytes: the entry, its static
   * imports and every chunk index.html modulepreloads (the React side and the clinician's first
   * screen, imported dynamically but always needed: vite.config.ts preloadDynamicChunks).
   */
  initialJs: number;
  /** JS of the launch page, gzipped bytes. */
  launchJs: number;
  /** Every lazily loaded chunk, gzipped bytes, by file name. */
  lazyChunks: Record<string, number>;
  css: number;
}

const gz = (path: string): number => gzipSync(readFileSync(path)).length;

/** Scripts and module preloads an HTML page of the build loads up front. */
function initialScripts(dist: string, html: string): string[] {
  const page = readFileSync(join(dist, html), 'utf8');
  const refs = [...page.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(refs)].filter((r) => r.length > 0);
}

export function measureBundle(dist: string): BundleFigures {
  const index = initialScripts(dist, 'index.html');
  const launch = initialScripts(dist, 'launch.html');
  const upFront = new Set([...index, ...launch].map((f) => f.replace(/^assets\//, '')));
  const assets = readdirSync(join(dist, 'assets'));
  const lazyChunks: Record<string, number> = {};
  for (const file of assets.filter((f) => f.endsWith('.js') && !upFront.has(f))) {
    lazyChunks[file] = gz(join(dist, 'assets', file));
  }
  return {
    initialJs: index.reduce((sum, f) => sum + gz(join(dist, f)), 0),
    launchJs: launch.reduce((sum, f) => sum + gz(join(dist, f)), 0),
    lazyChunks,
    css: assets.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(join(dist, 'assets', f)), 0),
  };
}
