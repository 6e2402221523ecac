// `npx tsx test/bench/launchTrace.ts` (after `npm run build`): where a launch's time goes, for the app
// and the floor side by side — every request the browser made (start and end, from opening the
// launcher), the app's own marks (performance.mark 'hjp:…' in src/main.tsx) and long main-thread tasks.
// A tool for people tuning the launch; it asserts nothing.
import type { Page } from 'playwright-core';
import { launcherUrl } from '../support/browser';
import { startBenchServers } from './benchServers';

interface Line {
  at: number;
  text: string;
}

/** Opens `url` and records what happened until `ready` shows, in ms from the start. */
async function trace(page: Page, url: string, ready: string): Promise<Line[]> {
  const lines: Line[] = [];
  const started = Date.now();
  const since = (): number => Date.now() - started;
  const begun = new Map<object, number>();
  page.on('request', (r) => begun.set(r, since()));
  page.on('requestfinished', (r) => {
    const short = r
      .url()
      .replace(/^https?:\/\/[^/]+/, '')
      .slice(0, 90);
    lines.push({ at: begun.get(r) ?? 0, text: `${r.method()} ${short} → ${since()} ms` });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: string[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longTasks.push(`${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.locator(ready).waitFor();
  const done = since();
  const inPage = await page.evaluate(() => {
    const nav = performance.timeOrigin;
    const marks = performance.getEntriesByType('mark').map((m) => `${m.name} @${m.startTime.toFixed(0)}`);
    const paints = performance.getEntriesByType('paint').map((m) => `${m.name} @${m.startTime.toFixed(0)}`);
    const resources = performance.getEntriesByType('resource').map((r) => {
      const t = r as PerformanceResourceTiming;
      return `${t.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 60)} ${t.startTime.toFixed(0)}→${t.responseEnd.toFixed(0)}`;
    });
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const navigation = n
      ? (
          [
            'redirectEnd',
            'fetchStart',
            'requestStart',
            'responseStart',
            'responseEnd',
            'domInteractive',
            'domContentLoadedEventEnd',
            'loadEventEnd',
          ] as const
        )
          .map((k) => `${k} ${n[k].toFixed(0)}`)
          .join(', ')
      : '';
    const w = window as unknown as { __longTasks: string[] };
    return { nav, marks, paints, resources, navigation, longTasks: w.__longTasks };
  });
  const offset = inPage.nav - started;
  lines.push({ at: offset, text: `(redirect page's time origin; marks below are relative to it)` });
  lines.push({
    at: done,
    text: `READY; marks: ${inPage.marks.join(', ')}; paints: ${inPage.paints.join(', ')}; long tasks: ${inPage.longTasks.join(', ')}`,
  });
  lines.push({ at: done, text: `redirect page's navigation: ${inPage.navigation}` });
  lines.push({ at: done, text: `redirect page's requests (its own clock):\n    ${inPage.resources.join('\n    ')}` });
  return lines.sort((a, b) => a.at - b.at);
}

async function main(): Promise<void> {
  const { sandbox, appUrl, floorUrl, browser, close } = await startBenchServers();
  const runs = Number(process.argv[2] ?? 2);
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, url, ready] of [
        [
          'floor',
          launcherUrl(sandbox.urls.origin, floorUrl, { user: 'gp', patient: 'pat-004' }),
          '#patient-name[data-ready="true"]',
        ],
        [
          'app',
          launcherUrl(sandbox.urls.origin, appUrl, { user: 'gp', patient: 'pat-004' }),
          '[data-testid="start-checklist"]',
        ],
      ] as const) {
        const context = await browser.newContext();
        const lines = await trace(await context.newPage(), url, ready);
        await context.close();
        console.info(`\n— ${name} (run ${i + 1})`);
        for (const line of lines) {
          console.info(`${String(line.at).padStart(5)} ms  ${line.text}`);
        }
      }
    }
  } finally {
    await close();
  }
}

await main();
