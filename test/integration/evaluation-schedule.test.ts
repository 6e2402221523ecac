import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyMinutes, scheduleEvaluation } from '../../launch/evaluation-schedule';
import { measureReports, startEvaluationSandbox, type EvaluationSandbox } from '../support/evaluation';
import { MEASURE_IDS } from '../../src/evaluation/measures';

/** `npm start` runs the evaluation at start (and then on a schedule) so the lead sees figures. */
let env: EvaluationSandbox;

beforeAll(async () => {
  env = await startEvaluationSandbox();
});

afterAll(async () => {
  await env.close();
});

describe('the evaluation schedule of npm start', () => {
  it('reads the interval from the environment: minutes, 0 (start only) or off', () => {
    expect([everyMinutes(undefined), everyMinutes('15'), everyMinutes('0'), everyMinutes('off')]).toEqual([
      60,
      15,
      0,
      null,
    ]);
    expect(() => everyMinutes('soon')).toThrow(/HJP_EVALUATION_EVERY_MINUTES/);
  });

  it('writes the MeasureReports for the seed once started', async () => {
    const schedule = scheduleEvaluation(env.sandbox.urls.fhirBase, 0, { keyDir: env.keyDir, outDir: env.outDir });
    const token = await env.adminToken();
    try {
      // One per measure and period: two financial years (written first), then quarters and months.
      const grains = async (): Promise<string[]> => {
        const ids = (await measureReports(env.sandbox, token)).map((r) => r.identifier?.[0]?.value ?? '');
        const year = ids.filter((id) => /\/FY\d{4}-\d{2}$/.test(id)).length;
        const month = ids.filter((id) => /\/\d{4}-\d{2}$/.test(id)).length;
        return [`years ${String(year)}`, month > 0 ? 'months written' : 'no months yet'];
      };
      await expect
        .poll(grains, { timeout: 60_000, interval: 250 })
        .toEqual([`years ${String(MEASURE_IDS.length * 2)}`, 'months written']);
    } finally {
      schedule.stop();
      await schedule.idle();
    }
  });
});

describe('npm run evaluate', () => {
  it('runs as the command a partnership runs, in plain Node (no Vite settings), and writes the reports', async () => {
    // The CLI imports the partnership rule through src/config: a module there that reads Vite's
    // import.meta.env would run under Vitest and break under Node, so this runs it as Node does.
    const { execFile } = await import('node:child_process');
    const cli = resolve(import.meta.dirname, '../../src/evaluation/job/cli.ts');
    const args = ['--import', 'tsx', cli, '--server', env.sandbox.urls.fhirBase, '--key-dir', env.keyDir];
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(
        process.execPath,
        [...args, '--out', env.outDir, '--json'],
        { timeout: 60_000 },
        (err, stdout, stderr) => {
          done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
        },
      );
    });
    expect(out.stderr).not.toMatch(/TypeError|ReferenceError/);
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as { reports: unknown[] };
    expect(result.reports.length).toBeGreaterThan(MEASURE_IDS.length);
  }, 90_000);
});
