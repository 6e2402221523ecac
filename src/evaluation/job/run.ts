import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, MeasureReport, Resource } from '@medplum/fhirtypes';
import { loadViews } from '../../../fhir-profiles/src/views/views';
import { DEFAULT_GAIN_RULE, type GainRule } from '../../domain/financial-gain';
import { MEASURE_IDS, type MeasureId } from '../measures';
import { measureReportsCsv } from '../measure-report-csv';
import { PERIOD_GRAINS, periodOf, type Period, type PeriodGrain } from '../periods';
import { DEFAULT_SUPPRESSION, NO_SUPPRESSION, checkRule, type SuppressionRule } from '../suppression';
import { evaluationScopes, requestBackendToken } from './backend-auth';
import { DEFAULT_KEY_DIR, EVALUATION_CLIENT_ID, loadOrCreateClientKey } from './client-key';
import { downloadNdjson, finishExport, runExport } from './bulk-export';
import { EvaluationDb, MEASURE_SQL, readDeciles, SQL_DIR, type MeasureRow } from './database';
import { projectSalt, writeExtract } from './extract';
import { buildMeasureReport } from '../measure-report';
import { putMeasureReport } from './report-writer';

export const DEFAULT_DECILES = join(import.meta.dirname, 'data', 'synthetic-postcode-deciles.csv');

export interface EvaluateOptions {
  /** FHIR base URL of the server to evaluate. */
  readonly server: string;
  /** An instant, or "last" for the transactionTime of the previous run against this server. */
  readonly since?: string;
  /** "Group/<id>": a Group-level export instead of system level. */
  readonly group?: string;
  readonly keyDir?: string;
  readonly clientId?: string;
  /** Where the files that leave go: aggregates/measures.csv and research/extract.*. */
  readonly outDir?: string;
  /** The small-number rule for everything that leaves (files, and MeasureReports unless exactReports). */
  readonly rule?: SuppressionRule;
  /** MeasureReports with exact counts, for the partnership's own server only (files stay suppressed). */
  readonly exactReports?: boolean;
  readonly gain?: GainRule;
  readonly targetDays?: number;
  /** Target for closure in days from the referral (targets.closureDays). */
  readonly closureDays?: number;
  readonly windowDays?: number;
  readonly decilesFile?: string;
  /** Research project name: the salt of its pseudonyms. */
  readonly project?: string;
  readonly now?: Date;
  readonly log?: (line: string) => void;
}

export interface Timings {
  export: number;
  views: number;
  sql: number;
  write: number;
  total: number;
}

export interface EvaluateResult {
  readonly transactionTime: string;
  readonly since: string | undefined;
  /** Resources read, by type. */
  readonly exported: Readonly<Record<string, number>>;
  readonly deleted: number;
  readonly rows: number;
  readonly reports: readonly { identifier: string; status: number; id: string; versionId: string }[];
  readonly files: readonly string[];
  readonly extractRows: number;
  readonly timings: Timings;
  readonly peakRssMb: number;
}

const BATCH = 1000;

function stateFiles(keyDir: string, server: string): { state: string; db: string } {
  const hash = createHash('sha256').update(server).digest('hex').slice(0, 16);
  const dir = join(keyDir, 'state');
  mkdirSync(dir, { recursive: true });
  return { state: join(dir, `${hash}.json`), db: join(dir, `${hash}.duckdb`) };
}

/** The periods of a grain with data, and the current one (a year, quarter or month with no data yet still reports 0). */
function periodsOf(grain: PeriodGrain, rows: readonly MeasureRow[], now: Date): Period[] {
  const starts = new Set(rows.map((r) => r.period_start));
  starts.add(periodOf(grain, now.toISOString()).start);
  return [...starts].sort().map((s) => periodOf(grain, s));
}

/** `npm run evaluate`: export → views → DuckDB → measure SQL → MeasureReports, extract and CSV. */
export async function evaluate(options: EvaluateOptions): Promise<EvaluateResult> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const log = options.log ?? ((): void => undefined);
  const rule = checkRule(options.rule ?? DEFAULT_SUPPRESSION);
  const keyDir = options.keyDir ?? DEFAULT_KEY_DIR;
  const outDir = options.outDir ?? join(keyDir, 'output');
  const server = options.server.replace(/\/+$/, '');
  const files = stateFiles(keyDir, server);
  const previous = existsSync(files.state)
    ? (JSON.parse(readFileSync(files.state, 'utf8')) as { transactionTime?: string })
    : {};
  const since = options.since === 'last' ? previous.transactionTime : options.since;
  if (options.since === 'last' && since === undefined) {
    throw new Error('--since last: no earlier run against this server is recorded; run once without --since');
  }

  const views = loadViews();
  const types = [...new Set(views.map((v) => v.resource))].sort();
  const key = loadOrCreateClientKey(keyDir);
  let token = await requestBackendToken({
    fhirBase: server,
    clientId: options.clientId ?? EVALUATION_CLIENT_ID,
    key,
    scope: evaluationScopes(types),
  });
  const accessToken = (): string => token.accessToken;
  const refreshIfNeeded = async (): Promise<void> => {
    if (token.expiresAt - Date.now() < 60_000) {
      token = await requestBackendToken({
        fhirBase: server,
        clientId: options.clientId ?? EVALUATION_CLIENT_ID,
        key,
        scope: evaluationScopes(types),
      });
    }
  };

  const timings: Timings = { export: 0, views: 0, sql: 0, write: 0, total: 0 };
  const exportStarted = performance.now();
  const { manifest, statusUrl } = await runExport({
    fhirBase: server,
    accessToken,
    types,
    ...(since ? { since } : {}),
    ...(options.group ? { group: options.group } : {}),
    onProgress: log,
  });

  // Kept between runs: a --since run replaces the rows of what changed and recomputes from all of them.
  const db = await EvaluationDb.open(files.db, views);
  let peakRss = process.memoryUsage().rss;
  try {
    await db.prepare(!since);
    const exported: Record<string, number> = {};
    let rows = 0;
    for (const file of manifest.output) {
      await refreshIfNeeded();
      let batch: Resource[] = [];
      const flush = async (): Promise<void> => {
        const t = performance.now();
        rows += await db.load(batch, since !== undefined);
        timings.views += performance.now() - t;
        batch = [];
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      };
      for await (const resource of downloadNdjson(file, manifest.requiresAccessToken ? accessToken() : undefined)) {
        exported[resource.resourceType] = (exported[resource.resourceType] ?? 0) + 1;
        batch.push(resource);
        if (batch.length >= BATCH) {
          await flush();
        }
      }
      await flush();
      log(`read ${file.type}: ${String(exported[file.type] ?? 0)} resources`);
    }
    let deleted = 0;
    for (const file of manifest.deleted ?? []) {
      for await (const bundle of downloadNdjson(file, manifest.requiresAccessToken ? accessToken() : undefined)) {
        for (const entry of (bundle as Bundle).entry ?? []) {
          const [type, id] = (entry.request?.url ?? '').split('/');
          if (type && id) {
            await db.removeKeys(db.viewsOf(type), [id]);
            deleted++;
          }
        }
      }
    }
    await finishExport(statusUrl, accessToken());
    timings.export = performance.now() - exportStarted - timings.views;

    const sqlStarted = performance.now();
    await db.setInputs(
      {
        gain: options.gain ?? DEFAULT_GAIN_RULE,
        targetDays: options.targetDays ?? 7,
        closureDays: options.closureDays ?? 90,
        windowDays: options.windowDays ?? 90,
      },
      readDeciles(options.decilesFile ?? DEFAULT_DECILES),
    );
    // The same SQL per grain: financial years, their quarters and months (the dashboard's periods).
    const measureRows = new Map<`${PeriodGrain}:${MeasureId}`, MeasureRow[]>();
    for (const grain of PERIOD_GRAINS) {
      await db.setGrain(grain);
      await db.runFile(join(SQL_DIR, '01-facts.sql'));
      for (const id of MEASURE_IDS) {
        measureRows.set(`${grain}:${id}`, await db.measure(MEASURE_SQL[id]));
      }
    }
    timings.sql = performance.now() - sqlStarted;

    const writeStarted = performance.now();
    const computedAt = new Date().toISOString();
    const build = (r: SuppressionRule): MeasureReport[] =>
      PERIOD_GRAINS.flatMap((grain) =>
        MEASURE_IDS.flatMap((measure) => {
          const all = measureRows.get(`${grain}:${measure}`) ?? [];
          return periodsOf(grain, all, now).map((period) =>
            buildMeasureReport({ measure, period, computedAt, rule: r, reporter: undefined }, all),
          );
        }),
      );
    const leaving = build(rule);
    const forServer = options.exactReports ? build(NO_SUPPRESSION) : leaving;
    const reports = [];
    for (const report of forServer) {
      await refreshIfNeeded();
      const written = await putMeasureReport(server, accessToken(), report);
      reports.push({ identifier: report.identifier?.[0]?.value ?? '', ...written });
    }
    mkdirSync(join(outDir, 'aggregates'), { recursive: true });
    const csvPath = join(outDir, 'aggregates', 'measures.csv');
    writeFileSync(csvPath, measureReportsCsv(leaving));
    const project = options.project ?? 'default';
    const extractDir = join(outDir, 'research', project);
    const extractRows = await writeExtract(db, extractDir, {
      salt: projectSalt(keyDir, project),
      project,
      asOf: now.toISOString(),
    });
    timings.write = performance.now() - writeStarted;
    writeFileSync(files.state, JSON.stringify({ server, transactionTime: manifest.transactionTime }, null, 2));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    timings.total = performance.now() - started;
    return {
      transactionTime: manifest.transactionTime,
      since,
      exported,
      deleted,
      rows,
      reports,
      files: [
        csvPath,
        join(extractDir, 'extract.parquet'),
        join(extractDir, 'extract.csv'),
        join(extractDir, 'data-dictionary.md'),
      ],
      extractRows,
      timings,
      peakRssMb: Math.round(peakRss / 1024 / 1024),
    };
  } finally {
    db.close();
  }
}
