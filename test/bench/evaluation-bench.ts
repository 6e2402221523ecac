// Part of `npm run bench` (issue 12): the evaluation job at 500, 5,000 and 50,000 referrals
// (HJP_BENCH_REFERRALS="500,5000" for fewer). For each size: a synthetic caseload is written as a
// sandbox data folder, a sandbox is started on it in its own process, and `npm run evaluate`'s
// CLI runs against it in another, so the job's peak memory is its own. Prints time, peak memory,
// time per 1,000 referrals and the share of time in export, views, SQL and writing. Asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { EvaluateResult } from '../../src/evaluation/job/run';
import { writeCaseload } from './evaluation-caseload';

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
  const child = spawn(tsx, ['src/evaluation/job/cli.ts', '--server', fhirBase, '--out', outDir, '--json'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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

const pct = (part: number, total: number): string => `${((100 * part) / total).toFixed(0)}%`;

async function main(): Promise<void> {
  console.info('Evaluation job (export → views → DuckDB → SQL → MeasureReports and files)');
  console.info('referrals | resources | job time | per 1,000 referrals | peak memory | export / views / SQL / writing');
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
    } finally {
      child.kill('SIGTERM');
      rmSync(work, { recursive: true, force: true });
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
