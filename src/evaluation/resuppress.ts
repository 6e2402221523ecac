import type { MeasureReport } from '@medplum/fhirtypes';
import { MEASURE_GROUPS, MEASURE_IDS, MEASURE_REPORT_IDENTIFIER_SYSTEM, SUPPRESSION_TAG_SYSTEM } from './measures';
import type { MeasureId } from './measures';
import { buildMeasureReport, suppressionTag, type MeasureRow } from './measure-report';
import { periodById, type Period } from './periods';
import { DATA_ABSENT_REASON_URL } from './measures';
import type { SuppressionRule } from './suppression';

/**
 * Browser-safe, the one reader of stored MeasureReports for the screen and the funder report: a
 * MeasureReport with exact counts (tag "none", written with --exact-reports for the partnership's
 * own server) is put through the small-number rule before anything is shown, by the same builder
 * the engine uses (so the dashboard, the funder report, their CSVs and the engine's files hide the
 * same cells); a report already suppressed under a rule at most as strict goes through the stricter
 * rule again, its masked cells staying hidden.
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
const masked = (e: { extension?: { url?: string; valueCode?: string }[] } | undefined): boolean =>
  e?.extension?.some((x) => x.url === DATA_ABSENT_REASON_URL && x.valueCode === 'masked') ?? false;
/** A masked count read back as a count every rule with a threshold hides (1), so it stays hidden. */
const HIDDEN = 1;

/**
 * The rows a report was built from (the group's score on its first population, as the SQL gives
 * it). A masked count is read as 1 and a masked score as 0: the rule hides both again.
 */
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
      measureScore: { value?: number; extension?: { url?: string; valueCode?: string }[] } | undefined,
    ): void => {
      const score = masked(measureScore) ? 0 : measureScore?.value;
      for (const p of populations ?? []) {
        const population = code(p.code);
        rows.push({
          group_code: groupCode,
          period_start: periodStart,
          stratifier,
          stratum,
          population,
          count: masked(p) ? HIDDEN : (p.count ?? 0),
          score: population === first ? (score ?? null) : null,
        });
      }
    };
    add(null, null, group.population, group.measureScore);
    for (const stratifier of group.stratifier ?? []) {
      for (const stratum of stratifier.stratum ?? []) {
        add(code(stratifier.code?.[0]), stratum.value?.text ?? '', stratum.population, stratum.measureScore);
      }
    }
  }
  return rows;
}

/** The rule a suppression tag names ("hide-1-to-7-round-5"), or undefined ("none", unknown). */
export function ruleOfTag(tag: string | undefined): SuppressionRule | undefined {
  const match = /^hide-1-to-(\d+)-round-(\d+)$/.exec(tag ?? '');
  return match ? { threshold: Number(match[1]), rounding: Number(match[2]) } : undefined;
}

/** True when counts shown under `stored` can be put through `rule` without showing more. */
function atLeastAsStrict(rule: SuppressionRule, stored: SuppressionRule): boolean {
  return rule.threshold >= stored.threshold && rule.rounding % stored.rounding === 0;
}

/**
 * The report as it may be shown under `rule`: exact reports are rebuilt through the rule; a report
 * the engine already suppressed under this rule is shown as it is; one suppressed under a less
 * strict rule (e.g. 7 when the partnership's is 10) is rebuilt through `rule` from its shown
 * counts, masked ones staying hidden. Anything else (a stricter or unknown tag, or none) is
 * refused: undefined. `period` names a period that is not an engine one (a custom range).
 */
export function shownReport(
  report: MeasureReport,
  rule: SuppressionRule,
  period: Period | undefined = periodById(reportKey(report)?.periodId ?? ''),
): MeasureReport | undefined {
  const key = reportKey(report);
  const tag = suppressionOf(report);
  if (!key || !period) {
    return undefined;
  }
  if (tag === suppressionTag(rule)) {
    return report;
  }
  const stored = ruleOfTag(tag);
  if (tag !== 'none' && !(stored && rule.threshold > 0 && atLeastAsStrict(rule, stored))) {
    return undefined;
  }
  return buildMeasureReport(
    { measure: key.measure, period, computedAt: report.date ?? '', rule },
    rowsOfReport(report, key.measure),
  );
}
