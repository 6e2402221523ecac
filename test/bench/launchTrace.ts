// `npx tsx test/bench/launchTrace.ts [runs] [build…]` (after `npm run build`): where a launch's time
// goes, for the floor and the app (or each build named) side by side — the redirect page's own
// navigation, the requests it made (start and end), the app's `hjp:*` marks (src/main.tsx,
// src/app/boot.ts) and the frame that paints the first screen, each the median over interleaved
// launches, in ms from the redirect page's start (its time origin: the authorisation server's redirect).
// Timed as the bench times (pageClock.ts): the driver does not look at the page while it loads, and
// everything else is read from the page's own performance timeline afterwards.
// A tool for people tuning the launch; it asserts nothing.
import type { Page } from 'playwright-core';
import { launcherUrl } from '../support/browser';
import { startBenchServers } from './benchServers';
import { timeLaunch } from './pageClock';
import { median } from './stats';

const PATIENTS = ['pat-003', 'pat-004', 'pat-005', 'pat-006', 'pat-008'];
const APP_READY = '[data-testid="start-checklist"]';
const FLOOR_READY = '#patient-name[data-ready="true"]';

/** A request's short name: its path, without the content hash and query, a patient's id as ":id". */
function shortName(url: string): string {
  return url
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/-[A-Za-z0-9_]{8}\.(js|css)$/, '.$1')
    .replace(/\?.*$/, '')
    .replace(/\/(Patient|PractitionerRole)\/[^/]+$/, '/$1/:id');
}

/** After a timed launch: the redirect page's timeline, name → ms from its time origin. */
async function readTimeline(page: Page, frameAt: number): Promise<Map<string, number>> {
  const entries = await page.evaluate(() => {
    const out: [string, number][] = [];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) {
      out.push(['page: response end', nav.responseEnd], ['page: DOM interactive', nav.domInteractive]);
    }
    for (const mark of performance.getEntriesByType('mark')) {
      out.push([`mark ${mark.name}`, mark.startTime]);
    }
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      out.push([`${r.name} ▸`, r.startTime], [`${r.name} ◂`, r.responseEnd]);
    }
    return { origin: performance.timeOrigin, out };
  });
  const timeline = new Map<string, number>();
  for (const [name, at] of entries.out) {
    const key = name.includes('://') ? `${shortName(name.replace(/ [▸◂]$/, ''))} ${name.slice(-1)}` : name;
    if (!timeline.has(key)) {
      timeline.set(key, at);
    }
  }
  timeline.set('FRAME that paints the first screen', frameAt - entries.origin);
  return timeline;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 20);
  const builds = process.argv.slice(3);
  const { sandbox, appUrls, floorUrl, browser, close } = await startBenchServers(builds.length > 0 ? builds : ['dist']);
  const targets: [string, string, string][] = [
    ['floor', floorUrl, FLOOR_READY],
    ...appUrls.map((url, i): [string, string, string] => [builds[i] ?? 'app', url, APP_READY]),
  ];
  const seen = new Map<string, Map<string, number[]>>();
  try {
    // Round 0 warms the browser's and the servers' caches and is not counted.
    for (let round = 0; round <= runs; round++) {
      const order = round % 2 === 1 ? [...targets].reverse() : targets;
      for (const [name, url, ready] of order) {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          const patient = PATIENTS[round % PATIENTS.length] ?? 'pat-003';
          const timing = await timeLaunch(page, launcherUrl(sandbox.urls.origin, url, { user: 'gp', patient }), ready);
          if (round === 0) {
            continue;
          }
          const timeline = await readTimeline(page, timing.frameAt);
          const byName = seen.get(name) ?? new Map<string, number[]>();
          seen.set(name, byName);
          for (const [key, at] of timeline) {
            byName.set(key, [...(byName.get(key) ?? []), at]);
          }
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await close();
  }
  for (const [name, byName] of seen) {
    console.info(
      `\n— ${name}: medians of ${String(runs)} launches, ms from the redirect page's start (▸ sent, ◂ answered)`,
    );
    const rows = [...byName].map(([key, values]) => [key, median(values), values.length] as const);
    for (const [key, at, count] of rows.sort((a, b) => a[1] - b[1])) {
      console.info(
        `${at.toFixed(1).padStart(7)}  ${key}${count < runs ? ` (${String(count)} of ${String(runs)})` : ''}`,
      );
    }
  }
}

await main();
