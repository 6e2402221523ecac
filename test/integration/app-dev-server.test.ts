import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

// `npm start` serves the app with Vite's dev server, not the production build the e2e tests use:
// its entry pages must load their scripts there too.
const root = resolve(import.meta.dirname, '../..');
let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    configFile: resolve(root, 'vite.config.ts'),
    server: { port: 0, strictPort: false, host: '127.0.0.1', hmr: false },
    logLevel: 'silent',
  });
  await server.listen();
  origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
});
afterAll(async () => {
  await server.close();
});

describe('the dev server of npm start', () => {
  it.each(['launch.html', 'index.html'])('serves %s with an entry script that loads as JavaScript', async (page) => {
    const html = await (await fetch(`${origin}/${page}`)).text();
    const entry = [...html.matchAll(/<script type="module" src="([^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .find((src) => src.startsWith('/src/'));
    expect(entry).toBeDefined();
    const script = await fetch(`${origin}${entry ?? ''}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toMatch(/import/);
  });

  it.each(['/cases/task-01', '/refer/consent', '/referrals/ref-04/sent', '/?status=accepted&page=2'])(
    'answers the deep link %s with the app page (a reload on any screen keeps working)',
    async (path) => {
      const response = await fetch(`${origin}${path}`, { headers: { Accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/src="\/src\/main\.tsx"/);
    },
  );
});
