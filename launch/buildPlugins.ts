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
  moduleIds: string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * Adds `<link rel="modulepreload">` for code the redirect page always needs but imports
 * dynamically, and `<link rel="preload" as="style">` for its stylesheets: the browser fetches it
 * all while the token is exchanged, and nothing waits on a chunk it could have preloaded. `first`
 * (source paths ending so) is what runs as soon as the token request is sent: normal priority.
 * `then` is what the first screen needs once the token and its data are there (React, the
 * screens): listed after `first`, at the same priority (with the assets served precompressed,
 * `fetchpriority="low"` measured 6–13 ms slower to the first screen in three interleaved runs). The
 * stylesheets are fetched at low priority, and only fetched here, not applied: a stylesheet in the head would hold back the
 * entry script (and so the token request) until it is parsed; Vite applies them when the chunk is
 * imported, before the first render. `files` are preloaded as fetches (the partnership file, which
 * the entry asks for at once).
 */
export function preloadDynamicChunks(
  page: string,
  modules: { first: readonly string[]; then: readonly string[]; files?: readonly string[] },
): Plugin {
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
        const reach = (wanted: readonly string[]): { js: Set<string>; css: Set<string> } => {
          const js = new Set<string>();
          const css = new Set<string>();
          const add = (chunk: OutputChunk | undefined): void => {
            if (!chunk || js.has(chunk.fileName)) {
              return;
            }
            js.add(chunk.fileName);
            chunk.viteMetadata?.importedCss.forEach((file) => {
              css.add(file);
            });
            chunk.imports.forEach((file) => {
              add(chunks.get(file));
            });
          };
          // The chunk a module is in: its own (facade), or the group chunk that took it (staticClosureChunks).
          const holds = (chunk: OutputChunk, m: string): boolean =>
            chunk.facadeModuleId?.endsWith(m) === true || chunk.moduleIds.some((id) => id.endsWith(m));
          for (const chunk of chunks.values()) {
            if (wanted.some((m) => holds(chunk, m))) {
              add(chunk);
            }
          }
          const missing = wanted.filter((m) => ![...chunks.values()].some((c) => holds(c, m)));
          if (missing.length > 0) {
            throw new Error(`preloadDynamicChunks: no chunk for ${missing.join(', ')}`);
          }
          return { js, css };
        };
        const first = reach(modules.first);
        const then = reach(modules.then);
        const present = (file: string): boolean => html.includes(`/${file}"`);
        const link = (attrs: Record<string, string | boolean>) => ({ tag: 'link', attrs, injectTo: 'head' as const });
        return [
          ...(modules.files ?? []).map((file) =>
            link({ rel: 'preload', as: 'fetch', crossorigin: true, href: `/${file}` }),
          ),
          ...[...first.js]
            .filter((file) => !present(file))
            .map((file) => link({ rel: 'modulepreload', crossorigin: true, href: `/${file}` })),
          ...[...then.css, ...first.css]
            .filter((file, i, all) => !present(file) && all.indexOf(file) === i)
            .map((file) =>
              link({ rel: 'preload', as: 'style', crossorigin: true, fetchpriority: 'low', href: `/${file}` }),
            ),
          ...[...then.js]
            .filter((file) => !present(file) && !first.js.has(file))
            .map((file) => link({ rel: 'modulepreload', crossorigin: true, href: `/${file}` })),
        ];
      },
    },
  };
}

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

interface ChunkGroup {
  name: (id: string, ctx: ModuleGraph) => string | null;
  priority: number;
}

/**
 * Chunk groups (rolldown `codeSplitting.groups`) for the redirect page's first load, by static
 * import graph, so the first screen arrives as a handful of files (the browser asks a host for six
 * at a time) rather than the dozen small shared chunks the bundler would otherwise cut:
 * - `shared`: what the launch page (`launch`) and the redirect page both load (fhirclient…), so
 *   the launch page loads nothing else of the redirect page's, and what the redirect page's entry
 *   imports, so that the entry waits for no later group's chunk;
 * - then each of `groups` in order: what its roots (absolute paths) reach statically and no
 *   earlier group took; with `sharedWith`, what it shares with other screens' roots goes to the
 *   chunk named `into` (an earlier group, loaded by all of them).
 * Every set is closed under static imports, as rolldown's groups are (a captured module takes its
 * dependencies with it). Modules `skip` names (node_modules with a group of their own) are left out.
 * Later screens import from these chunks.
 */
export function firstLoadChunkGroups(options: {
  redirect: string;
  launch: string;
  shared: string;
  groups: readonly {
    name: string;
    roots: readonly string[];
    sharedWith?: { into: string; roots: readonly string[] };
  }[];
  skip: (id: string) => boolean;
  /** The priority of the first group; the others follow below it. */
  priority: number;
}): ChunkGroup[] {
  let owner: Map<string, string> | undefined;
  const closure = (roots: readonly string[], graph: ModuleGraph): Set<string> => {
    const seen = new Set<string>();
    const visit = (id: string): void => {
      if (seen.has(id)) {
        return;
      }
      seen.add(id);
      graph.getModuleInfo(id)?.importedIds.forEach(visit);
    };
    roots.forEach(visit);
    return seen;
  };
  const assign = (graph: ModuleGraph): Map<string, string> => {
    const names = new Map<string, string>();
    const launchPage = closure([options.launch], graph);
    const redirectPage = closure([options.redirect, ...options.groups.flatMap((g) => g.roots)], graph);
    // What both pages load, and what the redirect page's entry itself imports (so that it never
    // waits for a later group's chunk: Vite's preload helper, used by the entry and later chunks alike).
    const entry = closure([options.redirect], graph);
    for (const id of [...launchPage, ...entry]) {
      if ((redirectPage.has(id) || entry.has(id)) && id !== options.launch && id !== options.redirect) {
        names.set(id, options.shared);
      }
    }
    const taken = new Set([...launchPage, ...entry]);
    for (const group of options.groups) {
      const others = group.sharedWith ? closure(group.sharedWith.roots, graph) : new Set<string>();
      for (const id of closure(group.roots, graph)) {
        if (!taken.has(id)) {
          taken.add(id);
          names.set(id, group.sharedWith && others.has(id) ? group.sharedWith.into : group.name);
        }
      }
    }
    return names;
  };
  const names = [options.shared, ...options.groups.map((g) => g.name)];
  return names.map((name, i) => ({
    name: (id: string, ctx: ModuleGraph): string | null => {
      owner ??= assign(ctx);
      return !options.skip(id) && owner.get(id) === name ? name : null;
    },
    priority: options.priority - i,
  }));
}
