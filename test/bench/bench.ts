// `npm run bench`: prints the figures that matter. Run after `npm run build` (the npm script does).
// Nothing here asserts a time: figures are printed, read and compared by people.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launcherUrl, type AppLaunch } from '../support/browser';
import { startBenchServers } from './benchServers';
import { sandboxApi, TEST_ADMIN_LAUNCH } from '../support/api';
import { measureBundle } from './bundle';
import { addOpenReferrals } from './caseloadData';
import { caseloadFilteredPage, caseloadRequestTimes } from './caseloadTiming';
import { createGateway } from '../../src/fhir/gateway';
import { SCOPES } from '../../src/smart/scopes';
import { launchHeadless } from '../support/smart';
import { referFromScratch } from '../support/clinicianPage';
import { timeLaunch, type LaunchTiming } from './pageClock';
import { median } from './stats';

const root = resolve(import.meta.dirname, '../..');
const RUNS = 5;
// `--launch-only`: the bundle and the launch-versus-floor figures alone (a quick check while tuning).
const LAUNCH_ONLY = process.argv.includes('--launch-only');
// 15 interleaved pairs: on a 2-core machine one launch varies by ±50 ms, so fewer pairs move the median ratio by ±0.2.
const FLOOR_RUNS = Number(process.env.HJP_BENCH_LAUNCH_RUNS ?? 15);
/** Each takes three launches (two untimed): fewer runs. */
const WARM_RUNS = Math.ceil(FLOOR_RUNS / 2);
/** Issue #8: the clinician path's initial JS, gzip, router and query library included. */
const INITIAL_JS_BUDGET = 120 * 1024;
const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** "app median … ms […]; floor (bare fhirclient page) median … ms […]; ratio …" for one of the two clocks (`name` in place of "app"). */
function comparison(
  app: readonly LaunchTiming[],
  floor: readonly LaunchTiming[],
  clock: keyof LaunchTiming,
  name = 'app',
): string {
  const a = app.map((t) => t[clock]);
  const f = floor.map((t) => t[clock]);
  const list = (values: readonly number[]): string => values.map((t) => t.toFixed(0)).join(', ');
  return (
    `${name} median ${median(a).toFixed(0)} ms [${list(a)}]; floor (bare fhirclient page) median ${median(f).toFixed(0)} ms [${list(f)}]; ` +
    `ratio ${(median(a) / median(f)).toFixed(2)}`
  );
}

interface Env {
  browser: Browser;
  appUrl: string;
  sandboxOrigin: string;
  fhirBase: string;
}

async function withPage<T>(env: Env, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await env.browser.newContext();
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** From opening the app in the launcher to the checklist on screen (GP, patient in context). */
async function launchToChecklist(env: Env, launch: AppLaunch): Promise<number> {
  return withPage(env, async (page) => {
    const started = performance.now();
    await page.goto(launcherUrl(env.sandboxOrigin, env.appUrl, launch));
    await page.getByTestId('start-checklist').click();
    await page.getByTestId('checklist').waitFor();
    return performance.now() - started;
  });
}

/**
 * From opening `url` in the launcher to `ready` on screen, in a new page (both clocks: pageClock.ts).
 * `before` launches of the same page come first in the same browser context, in another page
 * closed before the timed one (so nothing stays in the page's own process): 0 is a first visit,
 * nothing cached; 2 is a browser that has opened it twice already today (its HTTP cache holds the
 * scripts, and Chromium has compiled them and kept the code, which it does from a script's second load).
 */
async function timedLaunch(env: Env, url: string, ready: string, before = 0): Promise<LaunchTiming> {
  const context = await env.browser.newContext();
  try {
    if (before > 0) {
      const earlier = await context.newPage();
      for (let i = 0; i < before; i++) {
        await earlier.goto(url);
        await earlier.locator(ready).waitFor();
      }
      await earlier.close();
    }
    return await timeLaunch(await context.newPage(), url, ready);
  } finally {
    await context.close();
  }
}

/** From opening the app in the launcher to the clinician's first screen (the patient's referrals and Start). */
function launchToFirstScreen(env: Env, launch: AppLaunch, before = 0): Promise<LaunchTiming> {
  return timedLaunch(
    env,
    launcherUrl(env.sandboxOrigin, env.appUrl, launch),
    '[data-testid="start-checklist"]',
    before,
  );
}

/** A floor: the same launch of a bare fhirclient page (PKCE, patient.read(), the name on screen), or of the stack's floor. */
function floorLaunch(env: Env, floorUrl: string, patient: string, before = 0): Promise<LaunchTiming> {
  return timedLaunch(
    env,
    launcherUrl(env.sandboxOrigin, floorUrl, { user: 'gp', patient }),
    '#patient-name[data-ready="true"]',
    before,
  );
}

/** Launch to the first caseload page, and the FHIR requests the caseload screen made. */
async function caseloadFirstPage(env: Env): Promise<{ ms: number; requests: number; what: string }> {
  return withPage(env, async (page) => {
    const caseloadRequests: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (url.startsWith(env.fhirBase) && !url.includes('PractitionerRole') && !url.includes('/.well-known/')) {
        caseloadRequests.push(`${r.method()} ${url.slice(env.fhirBase.length).split('?')[0] || '/'}`);
      }
    });
    const started = performance.now();
    await page.goto(launcherUrl(env.sandboxOrigin, env.appUrl, { user: 'adviser', profile: 'adviser' }));
    await page.getByTestId('caseload-table').waitFor();
    const ms = performance.now() - started;
    await page.getByTestId('count-requested').filter({ hasText: /\d/ }).waitFor();
    return { ms, requests: caseloadRequests.length, what: caseloadRequests.join(', ') };
  });
}

async function main(): Promise<void> {
  const bundle = measureBundle(resolve(root, 'dist'));
  console.info('Bundle (gzip)');
  const headroom = INITIAL_JS_BUDGET - bundle.initialJs;
  console.info(
    `  initial JS, app page (clinician path, everything the first screen loads): ${kB(bundle.initialJs)}` +
      `  (budget ${kB(INITIAL_JS_BUDGET)}, headroom ${kB(headroom)}${headroom < 0 ? ' — OVER BUDGET' : ''})`,
  );
  console.info(`  launch page JS:                        ${kB(bundle.launchJs)}`);
  console.info(`  CSS:                                   ${kB(bundle.css)}`);
  for (const [file, size] of Object.entries(bundle.lazyChunks)) {
    console.info(`  on demand ${file}: ${kB(size)}`);
  }

  const { sandbox, appUrl, floorUrl, stackFloorUrl, browser, close } = await startBenchServers();
  const env: Env = { browser, appUrl, sandboxOrigin: sandbox.urls.origin, fhirBase: sandbox.urls.fhirBase };
  try {
    const patients = ['pat-003', 'pat-004', 'pat-005', 'pat-006', 'pat-008'];
    // The floors and the app, launched from the same sandbox in the same browser, interleaved.
    const app: LaunchTiming[] = [];
    const bare: LaunchTiming[] = [];
    const stack: LaunchTiming[] = [];
    // Warm-ups (the first build of the browser's caches), not counted.
    await floorLaunch(env, floorUrl, 'pat-003');
    await floorLaunch(env, stackFloorUrl, 'pat-003');
    await launchToFirstScreen(env, { user: 'gp', patient: 'pat-003' });
    for (let i = 0; i < FLOOR_RUNS; i++) {
      const patient = patients[i % patients.length] ?? 'pat-003';
      bare.push(await floorLaunch(env, floorUrl, patient));
      stack.push(await floorLaunch(env, stackFloorUrl, patient));
      app.push(await launchToFirstScreen(env, { user: 'gp', patient }));
    }
    console.info(
      `Launch to first screen, ${FLOOR_RUNS} interleaved runs each (goal ≤ 1.5), by the browser's clock:\n` +
        `  to the frame that paints it: ${comparison(app, bare, 'shown')}\n` +
        `  to the first task after that frame: ${comparison(app, bare, 'settled')}\n` +
        `  the stack's floor (the same name, shown by React with the app's NHS stylesheet, none of the app's code), ` +
        `to the frame that paints it: ${comparison(stack, bare, 'shown', 'stack floor')}; ` +
        `the app is ${(median(app.map((t) => t.shown)) / median(stack.map((t) => t.shown))).toFixed(2)} × the stack's floor`,
    );
    // The same, in a browser that has opened each page twice already (a GP's third launch of the day).
    const appWarm: LaunchTiming[] = [];
    const bareWarm: LaunchTiming[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const patient = patients[i % patients.length] ?? 'pat-003';
      bareWarm.push(await floorLaunch(env, floorUrl, patient, 2));
      appWarm.push(await launchToFirstScreen(env, { user: 'gp', patient }, 2));
    }
    console.info(
      `Launch to first screen, third launch in the same browser (scripts cached and compiled), ${WARM_RUNS} interleaved runs each, ` +
        `to the frame that paints it: ${comparison(appWarm, bareWarm, 'shown')}`,
    );
    if (LAUNCH_ONLY) {
      return;
    }
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(await launchToChecklist(env, { user: 'gp', patient: patients[i % patients.length] ?? 'pat-003' }));
    }
    console.info(
      `Launch to checklist (headless Chromium, ${RUNS} runs): median ${median(times).toFixed(0)} ms [${times.map((t) => t.toFixed(0)).join(', ')}]`,
    );

    const writes = await withPage(env, (page) => referFromScratch(page, env, { user: 'gp', patient: 'pat-006' }));
    console.info(`Referral submit: ${writes.length} HTTP request(s) (${writes.join(', ')})`);

    const api = await sandboxApi(sandbox, { ...TEST_ADMIN_LAUNCH, user: 'lead' });
    const adviserToken = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
      user: 'adviser',
      scope: SCOPES.adviser.join(' '),
    });
    const adviser = createGateway({
      baseUrl: sandbox.urls.fhirBase,
      auth: {
        authorizationHeader: () => Promise.resolve(`Bearer ${adviserToken.access_token}`),
        refresh: () => Promise.resolve(false),
      },
    });
    const all = ['pat-001', 'pat-002', 'pat-003', 'pat-004', 'pat-005', 'pat-006', 'pat-007', 'pat-008'];
    const figures: Record<number, { ms: number; requests: number }> = {};
    const serverPage: Record<number, number> = {};
    let loaded = 0;
    for (const target of [100, 10_000]) {
      await addOpenReferrals(api, target - loaded, all);
      loaded = target;
      const runs: { ms: number; requests: number; what: string }[] = [];
      for (let i = 0; i < 3; i++) {
        runs.push(await caseloadFirstPage(env));
      }
      figures[target] = { ms: median(runs.map((r) => r.ms)), requests: median(runs.map((r) => r.requests)) };
      const server: { pageMs: number; countsMs: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        server.push(await caseloadRequestTimes(adviser));
      }
      const pageMs = median(server.map((t) => t.pageMs));
      serverPage[target] = pageMs;
      console.info(
        `Caseload requests, ${target} open referrals: first page ${pageMs.toFixed(0)} ms, counts batch ${median(server.map((t) => t.countsMs)).toFixed(0)} ms (median of ${RUNS})`,
      );
      const filtered = await caseloadFilteredPage(adviser, 'PractitionerRole/adviser');
      console.info(
        `Caseload first page with "my cases" + "urgent, waiting over target", ${target} open referrals: ${filtered.pageMs.toFixed(0)} ms, ${filtered.requests} request(s), ${filtered.rows} row(s)`,
      );
      console.info(
        `Caseload first page, ${target} open referrals added to the seed: median ${figures[target].ms.toFixed(0)} ms launch-to-table, ${figures[target].requests} FHIR request(s) (${runs[0]?.what ?? ''})`,
      );
    }
    const small = figures[100];
    const large = figures[10_000];
    if (small && large) {
      console.info(
        `Caseload 10,000 / 100 ratio: launch-to-table ${(large.ms / small.ms).toFixed(2)}, first-page request ${((serverPage[10_000] ?? NaN) / (serverPage[100] ?? NaN)).toFixed(2)}`,
      );
    }
  } finally {
    await close();
  }
}

await main();
