import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyMinutes, scheduleEvaluation } from '../../launch/evaluation-schedule';
import { measureReports, startEvaluationSandbox, type EvaluationSandbox } from '../support/evaluation';

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
      await expect
        .poll(async () => (await measureReports(env.sandbox, token)).length, { timeout: 20_000, interval: 200 })
        .toBe(10);
    } finally {
      schedule.stop();
      await schedule.idle();
    }
  });
});
