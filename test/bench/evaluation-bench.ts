// Part of `npm run bench` (issue 12): the evaluation job at 500, 5,000 and 50,000 referrals
// (HJP_BENCH_REFERRALS="500,5000" for fewer). For each size: a synthetic caseload is written as a
// sandbox data folder, a sandbox is started on it in its own process, and `npm run evaluate`'s
// CLI runs against it in another, so the job's peak memory is its own. Prints time, peak memory,
// time per 1,000 referrals and the share of time in export, views, SQL and writing; then the lead's
// dashboard load after the job ran (issue 13: its requests and time, 500 against the largest size). Asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { MeasureReport } from '@medplum/fhirtypes';
import { dashboardIdentifiers, loadMeasureReports } from '../../src/evaluation/dashboard/api';
import { dashboardView } from '../../src/evaluation/dashboard/dashboardView';
import { partsOf } from '../../src/evaluation/dashboard/periodChoice';
import { periodReports } from '../../src/evaluation/dashboard/periodReports';
import { MAX_RANGE_MONTHS, monthRange } from '../../src/evaluation/dashboard/range';
import { rangeIdentifiers, rangeReports } from '../../src/evaluation/dashboard/rangeReports';
import type { EvaluateResult } from '../../src/evaluation/job/run';
import { MEASURE_IDS } from '../../src/evaluation/measures';
import { calendarMonth, financialYear } from '../../src/evaluation/periods';
import { DEFAULT_SUPPRESSION } from '../../src/evaluation/suppression';
import { createGateway } from '../../src/fhir/gateway';
import { SCOPES } from '../../src/smart/scopes';
import { launchHeadless } from '../support/smart';
import { writeCaseload } from './evaluation-caseload';
import { median } from './stats';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const sizes = (process.env.HJP_BENCH_REFERRALS ?? '500,5000,50000').split(',').map(Number);

function startSandbox(dataDir: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; fhirBase: string }> {
  const child = spawn(tsx, ['launch/sandbox/main.ts', '--port', '0', '--data', dataDir], {
    cwd: root,
    env: { ...env, NODE_OPTIONS: '--max-old-space-size=8192' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveStart, rejectStart) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /FHIR R4 base: (\S+)/.exec(line);
      if (match?.[1]) {
        resolveStart({ child, fhirBase: match[1] });
      }
    });
    child.on('exit', (code) => {
      rejectStart(new Error(`The sandbox stopped (exit ${String(code)})`));
    });
  });
}

function runJob(fhirBase: string, outDir: string, env: NodeJS.ProcessEnv): Promise<EvaluateResult> {
  const child = spawn(
    tsx,
    ['src/evaluation/job/cli.ts', '--server', fhirBase, '--out', outDir, '--exact-reports', '--json'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  return new Promise((resolveRun, rejectRun) => {
    child.on('exit', (code) => {
      if (code !== 0) {
        rejectRun(new Error(`The evaluation job failed (exit ${String(code)})`));
        return;
      }
      resolveRun(JSON.parse(out.trim().split('\n').pop() ?? '{}') as EvaluateResult);
    });
  });
}

/**
 * The lead's dashboard as the browser loads it, without drawing: a real lead token (SMART launch),
 * the app's gateway, its one search for the current year's reports (and its quarters'), the rule
 * and the view model. Median of 7 loads after a warm-up; requests counted at the gateway.
 */
type Load = { ms: number; requests: number; reports: number };

async function dashboardLoad(fhirBase: string): Promise<{ year: Load; range: Load }> {
  const token = await launchHeadless(fhirBase.replace(/\/fhir$/, ''), fhirBase, {
    user: 'lead',
    scope: SCOPES.lead.join(' '),
  });
  const gateway = createGateway({
    baseUrl: fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
  });
  let requests = 0;
  const counted = {
    ...gateway,
    search: (type: string, params: Parameters<typeof gateway.search>[1]) => {
      requests++;
      return gateway.search(type, params);
    },
    page: (url: string) => {
      requests++;
      return gateway.page(url);
    },
  };
  const period = financialYear(new Date().toISOString());
  const parts = partsOf(period);
  const thisMonth = new Date();
  thisMonth.setUTCDate(1);
  const to = calendarMonth(thisMonth.toISOString()).id;
  thisMonth.setUTCMonth(thisMonth.getUTCMonth() - (MAX_RANGE_MONTHS - 1));
  const range = monthRange(calendarMonth(thisMonth.toISOString()).id, to);
  if (typeof range === 'string') {
    throw new Error(range);
  }
  const measure = async (
    load: () => Promise<MeasureReport[]>,
    view: (r: MeasureReport[]) => unknown,
  ): Promise<Load> => {
    const once = async (): Promise<Load> => {
      requests = 0;
      const t = performance.now();
      const reports = await load();
      view(reports);
      return { ms: performance.now() - t, requests, reports: reports.length };
    };
    await once();
    const runs = [];
    for (let i = 0; i < 7; i++) {
      runs.push(await once());
    }
    return {
      ms: median(runs.map((r) => r.ms)),
      requests: median(runs.map((r) => r.requests)),
      reports: runs[0]?.reports ?? 0,
    };
  };
  return {
    year: await measure(
      () => loadMeasureReports(counted, dashboardIdentifiers(period, parts)),
      (reports) => dashboardView(periodReports(reports, period, parts, DEFAULT_SUPPRESSION), undefined),
    ),
    range: await measure(
      () => loadMeasureReports(counted, rangeIdentifiers(range), { anySystem: true }),
      (reports) => dashboardView(rangeReports(reports, range, DEFAULT_SUPPRESSION), undefined),
    ),
  };
}

const pct = (part: number, total: number): string => `${((100 * part) / total).toFixed(0)}%`;

async function main(): Promise<void> {
  console.info('Evaluation job (export → views → DuckDB → SQL → MeasureReports and files)');
  console.info('referrals | resources | job time | per 1,000 referrals | peak memory | export / views / SQL / writing');
  const dashboard: ({ size: number; range: Load } & Load)[] = [];
  for (const size of sizes) {
    const work = mkdtempSync(join(tmpdir(), `hjp-eval-bench-${String(size)}-`));
    const env = { ...process.env, HJP_EVALUATION_KEY_DIR: join(work, 'key') };
    const caseload = writeCaseload(join(work, 'data'), size);
    const { child, fhirBase } = await startSandbox(caseload.dir, env);
    try {
      const result = await runJob(fhirBase, join(work, 'out'), env);
      const t = result.timings;
      console.info(
        [
          String(size).padStart(9),
          String(caseload.resources).padStart(9),
          `${(t.total / 1000).toFixed(1)} s`.padStart(8),
          `${(t.total / size).toFixed(2)} s`.padStart(19),
          `${String(result.peakRssMb)} MB`.padStart(11),
          `${pct(t.export, t.total)} / ${pct(t.views, t.total)} / ${pct(t.sql, t.total)} / ${pct(t.write, t.total)}`,
        ].join(' | '),
      );
      const load = await dashboardLoad(fhirBase);
      dashboard.push({ size, ...load.year, range: load.range });
    } finally {
      child.kill('SIGTERM');
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.info(
    `Lead dashboard load after the job (current financial year: ${String(MEASURE_IDS.length)} reports + its quarters’ funnels)`,
  );
  console.info('referrals | FHIR requests | reports | median time');
  for (const d of dashboard) {
    console.info(
      `${String(d.size).padStart(9)} | ${String(d.requests).padStart(13)} | ${String(d.reports).padStart(7)} | ${d.ms.toFixed(1)} ms`,
    );
  }
  const [small, large] = [dashboard[0], dashboard[dashboard.length - 1]];
  if (small && large && large !== small) {
    console.info(
      `  ${String(large.size)} vs ${String(small.size)} referrals: requests ${String(large.requests)} vs ${String(small.requests)}, time ×${(large.ms / small.ms).toFixed(2)} (target ≤ 1.5)`,
    );
  }
  console.info(
    `Lead dashboard, a custom range of the last ${String(MAX_RANGE_MONTHS)} months (5 reports a month, added up)`,
  );
  console.info('referrals | FHIR requests | reports | median time');
  for (const d of dashboard) {
    console.info(
      `${String(d.size).padStart(9)} | ${String(d.range.requests).padStart(13)} | ${String(d.range.reports).padStart(7)} | ${d.range.ms.toFixed(1)} ms`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
