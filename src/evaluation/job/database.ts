import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { evalSqlOnFhir } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { SQL_TYPE, viewColumns, type HjpView, type ViewColumn } from '../../../fhir-profiles/src/views/views';
import { GAIN_KIND_OF_OUTCOME, type GainRule } from '../../domain/financial-gain';
import { CHANGE_ITEMS } from '../../domain/measureChange';
import type { MeasureRow } from '../measure-report';
import type { PeriodGrain } from '../periods';

export const SQL_DIR = join(import.meta.dirname, 'sql');
/** The measure SQL files, run in this order after 01-facts.sql. */
export const MEASURE_SQL = {
  funnel: 'funnel.sql',
  'time-to-first-contact': 'time-to-first-contact.sql',
  'financial-gain': 'financial-gain.sql',
  'health-service-use': 'health-service-use.sql',
  'data-completeness': 'data-completeness.sql',
  'time-to-closure': 'time-to-closure.sql',
  'assistance-sessions': 'assistance-sessions.sql',
  'before-after': 'before-after.sql',
} as const;

export type { MeasureRow };

export interface JobParams {
  readonly gain: GainRule;
  /** Target for first contact, in calendar days. */
  readonly targetDays: number;
  /** Target for closure, in calendar days from the referral. */
  readonly closureDays: number;
  /** Length of each health-service-use window, in days. */
  readonly windowDays: number;
}

export interface DecileRow {
  readonly postcode: string;
  readonly decile: number;
  readonly indexName: string;
}

/** Splits a SQL file into statements at semicolons that end a line (no procedural SQL here). */
export function statements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s !== '');
}

function appendValue(appender: DuckDBAppender, column: ViewColumn, value: unknown): void {
  if (value === null || value === undefined) {
    appender.appendNull();
    return;
  }
  switch (SQL_TYPE[column.type]) {
    case 'INTEGER':
      appender.appendInteger(Number(value));
      return;
    case 'DOUBLE':
      appender.appendDouble(Number(value));
      return;
    case 'BOOLEAN':
      appender.appendBoolean(value === true);
      return;
    case undefined:
    case 'VARCHAR':
    default:
      appender.appendVarchar(typeof value === 'string' ? value : JSON.stringify(value));
  }
}

/** The job's embedded DuckDB: one table per ViewDefinition (named as the view), kept between runs. */
export class EvaluationDb {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    private readonly views: readonly HjpView[],
  ) {}

  static async open(path: string, views: readonly HjpView[]): Promise<EvaluationDb> {
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    const db = new EvaluationDb(instance, connection, views);
    await db.runFile(join(SQL_DIR, 'functions.duckdb.sql'));
    return db;
  }

  /** Creates the view tables; `fresh` drops what an earlier run left. */
  async prepare(fresh: boolean): Promise<void> {
    for (const view of this.views) {
      if (fresh) {
        await this.connection.run(`DROP TABLE IF EXISTS ${view.name}`);
      }
      const columns = viewColumns(view)
        .map((c) => `"${c.name}" ${SQL_TYPE[c.type] ?? 'VARCHAR'}`)
        .join(', ');
      await this.connection.run(`CREATE TABLE IF NOT EXISTS ${view.name} (${columns})`);
    }
  }

  /** Replaces the rows of these resources (by resource key, the first column of every view) with their view rows. */
  async load(resources: readonly Resource[], replace: boolean): Promise<number> {
    const byType = new Map<string, Resource[]>();
    for (const r of resources) {
      byType.set(r.resourceType, [...(byType.get(r.resourceType) ?? []), r]);
    }
    let rows = 0;
    for (const [type, batch] of byType) {
      const views = this.views.filter((v) => v.resource === type);
      if (replace) {
        await this.removeKeys(
          views,
          batch.map((r) => r.id ?? ''),
        );
      }
      for (const view of views) {
        rows += await this.append(view, evalSqlOnFhir(view, batch));
      }
    }
    return rows;
  }

  /** Drops the rows of deleted resources of one type. */
  async removeKeys(views: readonly HjpView[], ids: readonly string[]): Promise<void> {
    if (ids.length === 0) {
      return;
    }
    await this.connection.run('CREATE OR REPLACE TEMP TABLE changed_keys (key VARCHAR)');
    const appender = await this.connection.createAppender('changed_keys');
    for (const id of ids) {
      appender.appendVarchar(id);
      appender.endRow();
    }
    appender.closeSync();
    for (const view of views) {
      const key = viewColumns(view)[0]?.name ?? 'id';
      await this.connection.run(`DELETE FROM ${view.name} WHERE "${key}" IN (SELECT key FROM changed_keys)`);
    }
  }

  viewsOf(resourceType: string): HjpView[] {
    return this.views.filter((v) => v.resource === resourceType);
  }

  private async append(view: HjpView, rows: readonly Record<string, unknown>[]): Promise<number> {
    if (rows.length === 0) {
      return 0;
    }
    const columns = viewColumns(view);
    const appender = await this.connection.createAppender(view.name);
    for (const row of rows) {
      for (const column of columns) {
        appendValue(appender, column, row[column.name]);
      }
      appender.endRow();
    }
    appender.closeSync();
    return rows.length;
  }

  /**
   * The parameter and lookup tables the measure SQL reads (params, gain_kind, change_item,
   * change_answer_score, postcode_decile).
   */
  async setInputs(params: JobParams, deciles: readonly DecileRow[]): Promise<void> {
    const c = this.connection;
    await c.run(
      'CREATE OR REPLACE TABLE params (weeks_per_year DOUBLE, target_days INTEGER, window_days INTEGER, closure_days INTEGER)',
    );
    await c.run(
      `INSERT INTO params VALUES (${String(params.gain.weeksPerYear)}, ${String(params.targetDays)}, ${String(params.windowDays)}, ${String(params.closureDays)})`,
    );
    await c.run(
      'CREATE OR REPLACE TABLE change_item (group_code VARCHAR, questionnaire VARCHAR, link_id VARCHAR, better INTEGER)',
    );
    await c.run('CREATE OR REPLACE TABLE change_answer_score (link_id VARCHAR, answer_code VARCHAR, score DOUBLE)');
    const items = await c.createAppender('change_item');
    const scores = await c.createAppender('change_answer_score');
    for (const item of CHANGE_ITEMS) {
      items.appendVarchar(item.group);
      items.appendVarchar(item.questionnaire);
      items.appendVarchar(item.linkId);
      items.appendInteger(item.better === 'higher' ? 1 : -1);
      items.endRow();
      for (const [code, score] of Object.entries(item.scores ?? {})) {
        scores.appendVarchar(item.linkId);
        scores.appendVarchar(code);
        scores.appendDouble(score);
        scores.endRow();
      }
    }
    items.closeSync();
    scores.closeSync();
    await c.run('CREATE OR REPLACE TABLE gain_kind (outcome_type VARCHAR, kind VARCHAR)');
    const kinds = await c.createAppender('gain_kind');
    for (const [type, kind] of Object.entries(GAIN_KIND_OF_OUTCOME)) {
      kinds.appendVarchar(type);
      kinds.appendVarchar(kind);
      kinds.endRow();
    }
    kinds.closeSync();
    await c.run('CREATE OR REPLACE TABLE postcode_decile (postcode_key VARCHAR, decile INTEGER, index_name VARCHAR)');
    const lookup = await c.createAppender('postcode_decile');
    for (const d of deciles) {
      lookup.appendVarchar(d.postcode.replace(/\s+/g, '').toUpperCase());
      lookup.appendInteger(d.decile);
      lookup.appendVarchar(d.indexName);
      lookup.endRow();
    }
    lookup.closeSync();
  }

  /**
   * The grain the measure SQL counts periods in (`period_start_of`): financial years, their
   * quarters (UK financial quarters are calendar quarters: April, July, October, January) or months.
   */
  async setGrain(grain: PeriodGrain): Promise<void> {
    const body = {
      year: 'fy_start(d)',
      quarter: "CAST(date_trunc('quarter', CAST(d AS DATE)) AS DATE)",
      month: "CAST(date_trunc('month', CAST(d AS DATE)) AS DATE)",
    }[grain];
    await this.connection.run(`CREATE OR REPLACE MACRO period_start_of(d) AS ${body}`);
  }

  async runFile(path: string): Promise<void> {
    for (const statement of statements(readFileSync(path, 'utf8'))) {
      await this.connection.run(statement);
    }
  }

  /** Runs one measure file (a single SELECT) and returns its rows. */
  async measure(file: string): Promise<MeasureRow[]> {
    const [select] = statements(readFileSync(join(SQL_DIR, file), 'utf8'));
    if (select === undefined) {
      throw new Error(`${file} has no statement`);
    }
    const reader = await this.connection.runAndReadAll(
      `SELECT group_code, CAST(period_start AS VARCHAR) AS period_start, stratifier, stratum, population,
         CAST(count AS INTEGER) AS count, CAST(score AS DOUBLE) AS score FROM (${select}) m
       WHERE period_start IS NOT NULL ORDER BY 1, 2, 3 NULLS FIRST, 4, 5`,
    );
    return reader.getRowObjectsJS() as unknown as MeasureRow[];
  }

  async query(sql: string): Promise<Record<string, unknown>[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS();
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** Reads a postcode → decile CSV (postcode,lsoa_code,decile,index_name). */
export function readDeciles(path: string): DecileRow[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (header?.trim() !== 'postcode,lsoa_code,decile,index_name') {
    throw new Error(`${path}: the first line must be postcode,lsoa_code,decile,index_name`);
  }
  return lines.map((line, i) => {
    const [postcode = '', , decile = '', indexName = ''] = line.split(',');
    const n = Number(decile);
    if (!Number.isInteger(n) || n < 1 || n > 10) {
      throw new Error(`${path} line ${String(i + 2)}: decile must be 1 to 10, got "${decile}"`);
    }
    return { postcode, decile: n, indexName };
  });
}
