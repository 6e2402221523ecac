// `npx tsx test/bench/compareBuilds.ts <buildA> <buildB> [pairs]`: is a change to the launch faster?
// Build each version into its own folder first (`npx vite build --outDir $PWD/dist-a`, change, then
// dist-b), then this launches A, B and the floor from one sandbox in one browser, interleaved (the
// order reversed every other round), and prints for each the median by the browser's clock and its
// ratio to the floor, and B − A paired round by round: median, mean and its 95% interval. On the
// 2-core machine one launch varies by ±50 ms and 40 pairs give an interval of about ±15 ms, so a
// change worth less than that needs more pairs. A tool for people tuning the launch; it asserts nothing.
import { launcherUrl } from '../support/browser';
import { startBenchServers } from './benchServers';
import { timeLaunch, type LaunchTiming } from './pageClock';
import { median } from './stats';

const [buildA, buildB, pairsArg] = process.argv.slice(2);
if (!buildA || !buildB) {
  throw new Error('usage: npx tsx test/bench/compareBuilds.ts <buildA> <buildB> [pairs]');
}
const PAIRS = Number(pairsArg ?? 40);
const PATIENTS = ['pat-003', 'pat-004', 'pat-005', 'pat-006', 'pat-008'];
const APP_READY = '[data-testid="start-checklist"]';
const FLOOR_READY = '#patient-name[data-ready="true"]';

/** Median, mean and the half-width of the mean's 95% interval (normal approximation). */
function spread(values: readonly number[]): string {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  const half = (1.96 * Math.sqrt(variance)) / Math.sqrt(values.length);
  return `median ${median(values).toFixed(1)} ms, mean ${mean.toFixed(1)} ± ${half.toFixed(1)} ms`;
}

const { sandbox, appUrls, floorUrl, browser, close } = await startBenchServers([buildA, buildB]);
const [urlA = '', urlB = ''] = appUrls;
const runs: Record<'floor' | 'a' | 'b', LaunchTiming[]> = { floor: [], a: [], b: [] };
try {
  // Round 0 warms the browser's and the servers' caches and is not counted.
  for (let round = 0; round <= PAIRS; round++) {
    const patient = PATIENTS[round % PATIENTS.length] ?? 'pat-003';
    const order: ['floor' | 'a' | 'b', string, string][] = [
      ['floor', floorUrl, FLOOR_READY],
      ['a', urlA, APP_READY],
      ['b', urlB, APP_READY],
    ];
    if (round % 2 === 1) {
      order.reverse();
    }
    for (const [name, url, ready] of order) {
      const context = await browser.newContext();
      try {
        const timing = await timeLaunch(
          await context.newPage(),
          launcherUrl(sandbox.urls.origin, url, { user: 'gp', patient }),
          ready,
        );
        if (round > 0) {
          runs[name].push(timing);
        }
      } finally {
        await context.close();
      }
    }
  }
  for (const clock of ['shown', 'settled'] as const) {
    const floor = median(runs.floor.map((t) => t[clock]));
    console.info(`${clock === 'shown' ? 'To the frame that paints the first screen' : 'To the first task after it'}:`);
    for (const [name, build] of [
      ['a', buildA],
      ['b', buildB],
    ] as const) {
      const app = median(runs[name].map((t) => t[clock]));
      console.info(
        `  ${build}: median ${app.toFixed(0)} ms, ${(app / floor).toFixed(3)} × the floor (${floor.toFixed(0)} ms)`,
      );
    }
    const differences = runs.b.map((t, i) => t[clock] - (runs.a[i]?.[clock] ?? NaN));
    console.info(`  ${buildB} − ${buildA}, ${PAIRS} pairs: ${spread(differences)}`);
  }
} finally {
  await close();
}
