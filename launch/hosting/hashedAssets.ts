import { readFile, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import sirv from 'sirv';
import type { Plugin } from 'vite';

/**
 * The built app's hashed files (`dist/assets/`: every name carries a hash of its content) as a
 * production host serves them, and as `vite preview` (the end-to-end tests, the bench) now does:
 *
 * - compressed once, at build time: a `.br` and a `.gz` beside each script and stylesheet, served in
 *   place of the file to a browser that accepts them (nginx `gzip_static`/`brotli_static`, Caddy
 *   `precompressed`, object stores with `Content-Encoding`), instead of being compressed again for
 *   every response;
 * - cached for a year as immutable: a new build has new names, so a browser never asks again for a
 *   file it has, and the redirect page reuses the scripts the launch page loaded without a round
 *   trip. The pages and `partnership.json` stay `no-cache` (README "Hosting the built app").
 */
const COMPRESSIBLE = /\.(js|css|svg|json)$/;
/** Below this the compressed file saves less than its own headers cost. */
const MIN_BYTES = 1024;
const YEAR_SECONDS = 31_536_000;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Writes `name.gz` and `name.br` beside each compressible asset the build emitted. */
export function precompressAssets(): Plugin {
  let outDir = '';
  return {
    name: 'hjp-precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((file) => file.startsWith('assets/') && COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const path = join(outDir, file);
          const content = await readFile(path);
          if (content.length < MIN_BYTES) {
            return;
          }
          const [gz, br] = await Promise.all([
            gzipAsync(content, { level: 9 }),
            brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          ]);
          await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
        }),
      );
    },
  };
}

/**
 * `vite preview` serving `/assets/` as above (sirv: the precompressed file when the browser accepts
 * it, immutable caching), with the preview's headers (the production security headers) on every
 * response. Everything else (the pages, partnership.json) is left to Vite's own server.
 */
export function serveHashedAssets(): Plugin {
  return {
    name: 'hjp-serve-hashed-assets',
    configurePreviewServer(server) {
      const headers = server.config.preview.headers;
      const assets = sirv(resolve(server.config.root, server.config.build.outDir, 'assets'), {
        gzip: true,
        brotli: true,
        etag: true,
        maxAge: YEAR_SECONDS,
        immutable: true,
        setHeaders(res) {
          setAll(res, headers);
        },
        // A file this build does not have (a tab still open from an older build asking for a chunk
        // it replaced) is a 404, never the app's page: served as a script, the page would fail with
        // a type error, and a host that cached it would keep answering that name with the page.
        onNoMatch(_req, res) {
          setAll(res, headers);
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end('Not found');
        },
      });
      // Without `next`, sirv answers a miss itself (onNoMatch) instead of passing it on to the page fallback.
      server.middlewares.use('/assets', (req, res) => {
        assets(req, res);
      });
    },
  };
}

function setAll(res: ServerResponse, headers: Record<string, string | number | readonly string[] | undefined>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      res.setHeader(name, value);
    }
  }
}
