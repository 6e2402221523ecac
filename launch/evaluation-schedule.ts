import { evaluate, type EvaluateOptions } from '../src/evaluation/job/run';

/**
 * `npm start` runs the evaluation job against the sandbox at start and then every
 * `HJP_EVALUATION_EVERY_MINUTES` minutes (default 60; 0 = only at start; "off" = never), so the
 * lead sees figures for the seed. The sandbox is the partnership's own server, so its
 * MeasureReports carry exact counts (the lead's on-screen view); every file written is suppressed.
 */
export interface EvaluationSchedule {
  stop(): void;
  /** Settles when no run is in progress. */
  idle(): Promise<void>;
}

export function everyMinutes(value: string | undefined): number | null {
  if (value === 'off') {
    return null;
  }
  const n = Number(value ?? '60');
  if (!Number.isFinite(n) || n < 0) {
    throw new Error(`HJP_EVALUATION_EVERY_MINUTES must be a number of minutes, 0 or "off"; got ${value ?? ''}`);
  }
  return n;
}

export function scheduleEvaluation(
  fhirBase: string,
  minutes: number | null,
  overrides: Partial<EvaluateOptions> = {},
): EvaluationSchedule {
  if (minutes === null) {
    return { stop: (): void => undefined, idle: () => Promise.resolve() };
  }
  let running: Promise<void> | undefined;
  const options: EvaluateOptions = { server: fhirBase, exactReports: true, ...overrides };
  const run = (): void => {
    if (running) {
      return;
    }
    running = evaluate(options).then(
      (result) => {
        running = undefined;
        console.info(
          `Evaluation: ${String(result.reports.length)} MeasureReports as of ${result.transactionTime} (${(result.timings.total / 1000).toFixed(1)} s)`,
        );
      },
      (err: unknown) => {
        running = undefined;
        console.error(`Evaluation failed: ${err instanceof Error ? err.message : String(err)}`);
      },
    );
  };
  run();
  const timer = minutes > 0 ? setInterval(run, minutes * 60_000) : undefined;
  timer?.unref();
  return {
    stop(): void {
      if (timer) {
        clearInterval(timer);
      }
    },
    idle: () => running ?? Promise.resolve(),
  };
}
