import type { MeasureReport } from '@medplum/fhirtypes';
import { MEASURE_GROUPS, MEASURE_IDS, MEASURE_REPORT_IDENTIFIER_SYSTEM, SUPPRESSION_TAG_SYSTEM } from './measures';
import type { MeasureId } from './measures';
import { buildMeasureReport, suppressionTag, type MeasureRow } from './measure-report';
import { periodById } from './periods';
import type { SuppressionRule } from './suppression';

/**
 * Browser-safe: a MeasureReport with exact counts (tag "none", written with --exact-reports for the
 * partnership's own server) put through the small-number rule before anything is shown, by the
 * same builder the engine uses, so the screen, its CSVs and the engine's files hide the same cells.
 */
export interface ReportKey {
  readonly measure: MeasureId;
  readonly periodId: string;
}

export function reportKey(report: MeasureReport): ReportKey | undefined {
  const value = report.identifier?.find((i) => i.system === MEASURE_REPORT_IDENTIFIER_SYSTEM)?.value ?? '';
  const slash = value.indexOf('/');
  const measure = MEASURE_IDS.find((m) => m === value.slice(0, slash));
  return measure && slash > 0 ? { measure, periodId: value.slice(slash + 1) } : undefined;
}

export function suppressionOf(report: MeasureReport): string | undefined {
  return report.meta?.tag?.find((t) => t.system === SUPPRESSION_TAG_SYSTEM)?.code;
}

const code = (c: { coding?: { code?: string }[] } | undefined): string => c?.coding?.[0]?.code ?? '';

/** The rows a report was built from (the group's score on its first population, as the SQL gives it). */
export function rowsOfReport(report: MeasureReport, measure: MeasureId): MeasureRow[] {
  const rows: MeasureRow[] = [];
  const periodStart = report.period.start ?? '';
  for (const group of report.group ?? []) {
    const groupCode = code(group.code);
    const first = MEASURE_GROUPS[measure][groupCode]?.[0];
    const add = (
      stratifier: string | null,
      stratum: string | null,
      populations: typeof group.population,
      score: number | undefined,
    ): void => {
      for (const p of populations ?? []) {
        const population = code(p.code);
        rows.push({
          group_code: groupCode,
          period_start: periodStart,
          stratifier,
          stratum,
          population,
          count: p.count ?? 0,
          score: population === first ? (score ?? null) : null,
        });
      }
    };
    add(null, null, group.population, group.measureScore?.value);
    for (const stratifier of group.stratifier ?? []) {
      for (const stratum of stratifier.stratum ?? []) {
        add(code(stratifier.code?.[0]), stratum.value?.text ?? '', stratum.population, stratum.measureScore?.value);
      }
    }
  }
  return rows;
}

/**
 * The report as it may be shown under `rule`: exact reports are rebuilt through the rule; a report
 * the engine already suppressed under this rule is shown as it is. Anything else (a report whose
 * tag names another rule, or none) is refused: undefined.
 */
export function shownReport(report: MeasureReport, rule: SuppressionRule): MeasureReport | undefined {
  const key = reportKey(report);
  const period = key ? periodById(key.periodId) : undefined;
  const tag = suppressionOf(report);
  if (!key || !period) {
    return undefined;
  }
  if (tag === suppressionTag(rule)) {
    return report;
  }
  if (tag !== 'none') {
    return undefined;
  }
  return buildMeasureReport(
    { measure: key.measure, period, computedAt: report.date ?? '', rule },
    rowsOfReport(report, key.measure),
  );
}
