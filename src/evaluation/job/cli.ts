// `npm run evaluate -- --server <fhir base> [--since <instant>|last] [--group Group/<id>] [--threshold 7]
//   [--exact-reports] [--weeks 52] [--target-days 7] [--window-days 90] [--deciles <csv>]
//   [--project <name>] [--out <dir>] [--key-dir <dir>] [--client-id <id>] [--json]`
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parsePartnership } from '../../config/parsePartnership';
import { wholeNumberOption } from '../../../launch/cliArgs';
import { DEFAULT_SUPPRESSION, NO_SUPPRESSION } from '../suppression';
import { evaluate, type EvaluateOptions } from './run';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      server: { type: 'string' },
      since: { type: 'string' },
      group: { type: 'string' },
      threshold: { type: 'string' },
      'exact-reports': { type: 'boolean', default: false },
      weeks: { type: 'string' },
      'target-days': { type: 'string' },
      'window-days': { type: 'string' },
      deciles: { type: 'string' },
      project: { type: 'string' },
      out: { type: 'string' },
      'key-dir': { type: 'string' },
      'client-id': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.server) {
    throw new Error('Give the FHIR server: npm run evaluate -- --server http://127.0.0.1:4010/fhir');
  }
  // Defaults from the partnership's configuration (the same file the app and the report read);
  // a command-line option wins. A broken file stops the job with the field named.
  const partnership = parsePartnership(
    JSON.parse(readFileSync(new URL('../../config/partnership.json', import.meta.url), 'utf8')),
  );
  const threshold = wholeNumberOption(values.threshold, '--threshold') ?? partnership.evaluation.suppression.threshold;
  const weeks = wholeNumberOption(values.weeks, '--weeks') ?? partnership.evaluation.annualisation.weeksPerYear;
  const targetDays = wholeNumberOption(values['target-days'], '--target-days') ?? partnership.targets.firstContactDays;
  const windowDays = wholeNumberOption(values['window-days'], '--window-days');
  const options: EvaluateOptions = {
    server: values.server,
    exactReports: values['exact-reports'],
    log: (line) => {
      process.stderr.write(`${line}\n`);
    },
    ...(values.since ? { since: values.since } : {}),
    ...(values.group ? { group: values.group } : {}),
    rule:
      threshold === 0
        ? NO_SUPPRESSION
        : { ...DEFAULT_SUPPRESSION, rounding: partnership.evaluation.suppression.rounding, threshold },
    gain: { weeksPerYear: weeks },
    targetDays,
    ...(windowDays !== undefined ? { windowDays } : {}),
    ...(values.deciles ? { decilesFile: values.deciles } : {}),
    ...(values.project ? { project: values.project } : {}),
    ...(values.out ? { outDir: values.out } : {}),
    ...(values['key-dir'] ? { keyDir: values['key-dir'] } : {}),
    ...(values['client-id'] ? { clientId: values['client-id'] } : {}),
  };
  const result = await evaluate(options);
  if (values.json) {
    console.info(JSON.stringify(result));
    return;
  }
  const secs = (ms: number): string => (ms / 1000).toFixed(2);
  console.info(
    [
      `Evaluated ${values.server} as of ${result.transactionTime}${result.since ? ` (changes since ${result.since})` : ''}`,
      `  read: ${Object.entries(result.exported)
        .map(([t, n]) => `${t} ${String(n)}`)
        .join(', ')}; ${String(result.rows)} view rows`,
      `  MeasureReports written: ${String(result.reports.length)}`,
      `  files: ${result.files.join(', ')} (research extract: ${String(result.extractRows)} rows)`,
      `  time: ${secs(result.timings.total)} s (export ${secs(result.timings.export)}, views ${secs(result.timings.views)}, SQL ${secs(result.timings.sql)}, writing ${secs(result.timings.write)}); peak memory ${String(result.peakRssMb)} MB`,
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
