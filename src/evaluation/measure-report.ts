import type { MeasureReport, MeasureReportGroup, MeasureReportGroupPopulation } from '@medplum/fhirtypes';
import {
  DATA_ABSENT_REASON_URL,
  GROUP_RELATIONS,
  GROUP_SYSTEM,
  MEASURE_GROUPS,
  MEASURE_REPORT_IDENTIFIER_SYSTEM,
  POPULATION_SYSTEM,
  SCORE_UNIT,
  STRATIFIER_SYSTEM,
  SUBSET_RELATIONS,
  SUPPRESSION_TAG_SYSTEM,
  measureUrl,
  reportIdentifier,
  strataPartition,
  type MeasureId,
} from './measures';
import type { Period } from './periods';
import { SUPPRESSED, suppressTable, type Relation, type Shown, type SuppressionRule } from './suppression';

/** One row of a measure's SQL: a count (and score) of a population in a group, stratum and period. */
export interface MeasureRow {
  readonly group_code: string;
  readonly period_start: string;
  readonly stratifier: string | null;
  readonly stratum: string | null;
  readonly population: string;
  readonly count: number;
  readonly score: number | null;
}

export interface ReportContext {
  readonly measure: MeasureId;
  readonly period: Period;
  readonly computedAt: string;
  readonly rule: SuppressionRule;
  /** e.g. "Organization/org-advice" */
  readonly reporter?: string;
}

const key = (group: string, stratifier: string | null, stratum: string | null, population: string): string =>
  `${group}\u0001${stratifier ?? ''}\u0001${stratum ?? ''}\u0001${population}`;

export function suppressionTag(rule: SuppressionRule): string {
  return rule.threshold === 0 ? 'none' : `hide-1-to-${String(rule.threshold)}-round-${String(rule.rounding)}`;
}

/** Every count of one measure's rows through the one suppression module, with the relations that tie them. */
function suppressRows(measure: MeasureId, rows: readonly MeasureRow[], rule: SuppressionRule): Map<string, Shown> {
  const cells: Record<string, number> = {};
  for (const [group, populations] of Object.entries(MEASURE_GROUPS[measure])) {
    for (const population of populations) {
      cells[key(group, null, null, population)] = 0;
    }
  }
  for (const row of rows) {
    cells[key(row.group_code, row.stratifier, row.stratum, row.population)] = row.count;
  }
  const relations: Relation[] = [];
  const levels = new Map<string, { group: string; stratifier: string | null; stratum: string | null }>();
  for (const k of Object.keys(cells)) {
    const [group = '', stratifier = '', stratum = ''] = k.split('\u0001');
    levels.set(`${group}\u0001${stratifier}\u0001${stratum}`, {
      group,
      stratifier: stratifier || null,
      stratum: stratum || null,
    });
  }
  for (const level of levels.values()) {
    const at = (population: string): string => key(level.group, level.stratifier, level.stratum, population);
    const present = (population: string): boolean => at(population) in cells;
    for (const r of GROUP_RELATIONS[level.group] ?? []) {
      for (const p of [r.total, ...r.parts]) {
        cells[at(p)] ??= 0;
      }
      relations.push({ total: at(r.total), parts: r.parts.map(at) });
    }
    for (const s of SUBSET_RELATIONS) {
      if (present(s.whole) && present(s.part)) {
        const complement = `${at(s.whole)}\u0002not-${s.part}`;
        cells[complement] = (cells[at(s.whole)] ?? 0) - (cells[at(s.part)] ?? 0);
        relations.push({ total: at(s.whole), parts: [at(s.part), complement] });
      }
    }
  }
  // Strata of a stratifier add up to the group's figure (where they partition it).
  const strata = new Map<string, string[]>();
  for (const row of rows) {
    if (row.stratifier !== null && strataPartition(row.stratifier, row.population)) {
      const total = key(row.group_code, null, null, row.population);
      const id = `${total}\u0003${row.stratifier}`;
      strata.set(id, [...(strata.get(id) ?? []), key(row.group_code, row.stratifier, row.stratum, row.population)]);
    }
  }
  for (const [id, parts] of strata) {
    relations.push({ total: id.split('\u0003')[0] ?? '', parts });
  }
  return new Map(Object.entries(suppressTable(cells, relations, rule)));
}

function population(code: string, shown: Shown | undefined): MeasureReportGroupPopulation {
  const coded = { code: { coding: [{ system: POPULATION_SYSTEM, code }] } };
  if (shown === undefined) {
    return { ...coded, count: 0 };
  }
  return shown === SUPPRESSED
    ? { ...coded, extension: [{ url: DATA_ABSENT_REASON_URL, valueCode: 'masked' }] }
    : { ...coded, count: shown };
}

function score(group: string, value: number | null, hidden: boolean): Pick<MeasureReportGroup, 'measureScore'> {
  const unit = SCORE_UNIT[group];
  if (value === null || unit === undefined) {
    return {};
  }
  if (hidden) {
    return { measureScore: { extension: [{ url: DATA_ABSENT_REASON_URL, valueCode: 'masked' }] } };
  }
  return { measureScore: { value: Math.round(value * 100) / 100, ...unit } };
}

/** One summary MeasureReport for a measure and period, counts through the suppression rule. */
export function buildMeasureReport(ctx: ReportContext, allRows: readonly MeasureRow[]): MeasureReport {
  const rows = allRows.filter((r) => r.period_start === ctx.period.start);
  const shown = suppressRows(ctx.measure, rows, ctx.rule);
  const countOf = (g: string, st: string | null, s: string | null, p: string): Shown | undefined =>
    shown.get(key(g, st, s, p));
  const scoreRow = (g: string, st: string | null, s: string | null): MeasureRow | undefined =>
    rows.find((r) => r.group_code === g && r.stratifier === st && r.stratum === s && r.score !== null);
  const scoreHidden = (row: MeasureRow | undefined): boolean =>
    row !== undefined && countOf(row.group_code, row.stratifier, row.stratum, row.population) === SUPPRESSED;

  const group: MeasureReportGroup[] = Object.entries(MEASURE_GROUPS[ctx.measure]).map(([code, populations]) => {
    const top = scoreRow(code, null, null);
    const stratifierCodes = [
      ...new Set(rows.filter((r) => r.group_code === code && r.stratifier).map((r) => r.stratifier ?? '')),
    ];
    return {
      code: { coding: [{ system: GROUP_SYSTEM, code }] },
      population: populations.map((p) => population(p, countOf(code, null, null, p))),
      ...score(code, top?.score ?? null, scoreHidden(top)),
      ...(stratifierCodes.length > 0
        ? {
            stratifier: stratifierCodes.map((stratifier) => {
              const values = [
                ...new Set(
                  rows.filter((r) => r.group_code === code && r.stratifier === stratifier).map((r) => r.stratum ?? ''),
                ),
              ].sort();
              return {
                code: [{ coding: [{ system: STRATIFIER_SYSTEM, code: stratifier }] }],
                stratum: values.map((value) => {
                  const row = scoreRow(code, stratifier, value);
                  return {
                    value: { text: value },
                    population: populations.map((p) => population(p, countOf(code, stratifier, value, p))),
                    ...score(code, row?.score ?? null, scoreHidden(row)),
                  };
                }),
              };
            }),
          }
        : {}),
    };
  });

  return {
    resourceType: 'MeasureReport',
    meta: { tag: [{ system: SUPPRESSION_TAG_SYSTEM, code: suppressionTag(ctx.rule) }] },
    identifier: [{ system: MEASURE_REPORT_IDENTIFIER_SYSTEM, value: reportIdentifier(ctx.measure, ctx.period.id) }],
    status: 'complete',
    type: 'summary',
    measure: measureUrl(ctx.measure),
    date: ctx.computedAt,
    ...(ctx.reporter ? { reporter: { reference: ctx.reporter } } : {}),
    period: { start: ctx.period.start, end: ctx.period.end },
    group,
  };
}
