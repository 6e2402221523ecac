import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { hostingPolicyFromEnv, securityHeaders } from './launch/hosting/securityHeaders.ts';
import { firstLoadChunkGroups, partnershipFile, preloadDynamicChunks } from './launch/buildPlugins.ts';
import { precompressAssets, serveHashedAssets } from './launch/hosting/hashedAssets.ts';

const here = import.meta.dirname;
const REACT = /node_modules[\\/](react|react-dom|scheduler|@tanstack|wouter|regexparam)[\\/]/;

// The HTML entry pages (launch_uri and redirect_uri) live in launch/, which is Vite's root.
export default defineConfig({
  root: resolve(here, 'launch'),
  // nhsuk-frontend's icons, served at /images/ (the CSS points there).
  publicDir: resolve(here, 'node_modules/nhsuk-frontend/dist/nhsuk/assets'),
  plugins: [
    react(),
    // The partnership configuration, read by the app at run time (README "Partnership configuration").
    partnershipFile(resolve(here, 'src/config/partnership.json')),
    // The redirect page's start (first), then its React code and the clinician's first screen:
    // fetched with the page, evaluated after the token; and the partnership file.
    preloadDynamicChunks('index.html', {
      first: ['src/app/boot.ts'],
      then: ['src/app/render.tsx', 'src/app/clinician/ClinicianRoutes.tsx'],
      files: ['partnership.json'],
    }),
    // The hashed files compressed once at build time, and served as a production host serves them:
    // precompressed, cached for a year as immutable (README "Hosting the built app").
    precompressAssets(),
    serveHashedAssets(),
  ],
  // fhirclient's "pure" build: no fetch and AbortController polyfills (every supported browser has them).
  define: { FHIRCLIENT_PURE: 'true' },
  resolve: {
    alias: [
      // The entry pages live in launch/ (Vite's root) and load the app as /src/…, in dev and build alike.
      { find: /^\/src\//, replacement: `${resolve(here, 'src')}/` },
      // fhirclient's package "main" is its Node entry; the app always wants the browser one.
      { find: /^fhirclient$/, replacement: resolve(here, 'node_modules/fhirclient/lib/entry/browser.js') },
      // …and inside it, no debug logger (its output can hold tokens), no WebCrypto fallback and js-base64 on the
      // browser's btoa/atob; React's own useSyncExternalStore for wouter (launch/shims/: each says why).
      { find: /^debug$/, replacement: resolve(here, 'launch/shims/debug.cjs') },
      { find: /^isomorphic-webcrypto$/, replacement: resolve(here, 'launch/shims/webcrypto.cjs') },
      { find: /^js-base64$/, replacement: resolve(here, 'launch/shims/base64.cjs') },
      {
        find: /^use-sync-external-store\/shim\/index\.js$/,
        replacement: resolve(here, 'launch/shims/useSyncExternalStore.ts'),
      },
    ],
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // The built app is served with the production headers (CSP without inline script, frame-ancestors…).
  preview: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    headers: securityHeaders(hostingPolicyFromEnv(process.env)),
  },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    // No source maps in what is published.
    sourcemap: false,
    // Every browser HJP Link supports has modulepreload: no polyfill in the first screen's code.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: resolve(here, 'launch/index.html'),
        launch: resolve(here, 'launch/launch.html'),
      },
      // React, the router and the query library in one chunk: every screen needs them, and one
      // chunk compresses better than the shared pieces the bundler would otherwise cut them into.
      // Then the redirect page's start and the first screens, each one chunk (firstLoadChunkGroups).
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              priority: 10,
              test: (id: string) =>
                REACT.test(id) &&
                // …but not the parts only later screens use (mutations, useQueries): they go with those screens.
                !/[\\/](useMutation|mutationObserver|useQueries|queriesObserver)\.js$/.test(id),
            },
            ...firstLoadChunkGroups({
              redirect: resolve(here, 'src/main.tsx'),
              launch: resolve(here, 'src/launch.ts'),
              shared: 'browser',
              groups: [
                { name: 'boot', roots: [resolve(here, 'src/app/boot.ts')] },
                { name: 'screens', roots: [resolve(here, 'src/app/render.tsx')] },
                {
                  name: 'clinician',
                  roots: [resolve(here, 'src/app/clinician/ClinicianRoutes.tsx')],
                  // What the clinician's first screen shares with the other roles' (buttons, labels…) is theirs too.
                  sharedWith: {
                    into: 'screens',
                    roots: ['adviser/AdviserRoutes.tsx', 'lead/LeadRoutes.tsx', 'clinician/PracticeRoutes.tsx'].map(
                      (file) => resolve(here, 'src/app', file),
                    ),
                  },
                },
              ],
              skip: (id) => REACT.test(id),
              priority: 9,
            }),
          ],
        },
      },
    },
  },
  test: {
    root: here,
    // The partnership file installed as the app installs it at start (PARTNERSHIP, JOB_ROLES).
    setupFiles: [resolve(here, 'test/support/installPartnership.ts')],
    // In CI a JSON report too, from which .ci/run prints the plain 'N passed, N failed' line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: resolve(here, 'test/.artifacts/vitest.json') }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: here,
          include: ['src/**/*.test.{ts,tsx}', 'launch/**/*.test.ts', 'fhir-profiles/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          root: here,
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // The adversarial suite: the access model held straight at the API with the app's own tokens.
          name: 'security',
          root: here,
          include: ['test/security/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Screens rendered in happy-dom against the in-process sandbox over HTTP (a real token, no mocks of our modules).
          name: 'component',
          root: here,
          include: ['test/component/**/*.test.tsx'],
          environment: 'happy-dom',
          environmentOptions: { happyDOM: { url: 'http://127.0.0.1:5173/' } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: here,
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
