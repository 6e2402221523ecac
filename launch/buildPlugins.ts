import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Serves the partnership file at /partnership.json from the dev server (and so `npm start`) and
 * copies it, unhashed, into the build (so `vite preview`, the e2e server and any static host serve
 * it from dist/). The app reads it at run time (src/config/loadPartnership.ts), never builds it in.
 */
export function partnershipFile(source: string, name = 'partnership.json'): Plugin {
  return {
    name: 'hjp-partnership-file',
    configureServer(server) {
      server.middlewares.use(`/${name}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(source));
      });
    },
    buildStart() {
      this.addWatchFile(source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: name, source: readFileSync(source) });
    },
  };
}

interface OutputChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * Adds `<link rel="modulepreload">` for code the redirect page always needs but imports
 * dynamically (`modules`: source paths ending so), and `<link rel="preload" as="style">` for its
 * stylesheets: the browser fetches it all while the token is exchanged, and nothing waits on a
 * chunk it could have preloaded. The stylesheets are only fetched here, not applied: a stylesheet
 * in the head would hold back the entry script (and so the token request) until it is parsed;
 * Vite applies them when the chunk is imported, before the first render.
 */
export function preloadDynamicChunks(page: string, modules: readonly string[]): Plugin {
  return {
    name: 'hjp-preload-dynamic-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith(page)) {
          return html;
        }
        const chunks = new Map<string, OutputChunk>();
        for (const output of Object.values(ctx.bundle)) {
          if (output.type === 'chunk') {
            chunks.set(output.fileName, output);
          }
        }
        const wanted = new Set<string>();
        const css = new Set<string>();
        const add = (chunk: OutputChunk | undefined): void => {
          if (!chunk || wanted.has(chunk.fileName)) {
            return;
          }
          wanted.add(chunk.fileName);
          chunk.viteMetadata?.importedCss.forEach((file) => {
            css.add(file);
          });
          chunk.imports.forEach((file) => {
            add(chunks.get(file));
          });
        };
        for (const chunk of chunks.values()) {
          if (modules.some((m) => chunk.facadeModuleId?.endsWith(m))) {
            add(chunk);
          }
        }
        const missing = modules.filter((m) => ![...chunks.values()].some((c) => c.facadeModuleId?.endsWith(m)));
        if (missing.length > 0) {
          throw new Error(`preloadDynamicChunks: no chunk for ${missing.join(', ')}`);
        }
        const present = (file: string): boolean => html.includes(`/${file}"`);
        return [
          ...[...css]
            .filter((file) => !present(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` },
              injectTo: 'head' as const,
            })),
          ...[...wanted]
            .filter((file) => !present(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
              injectTo: 'head' as const,
            })),
        ];
      },
    },
  };
}
