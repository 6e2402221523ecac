import type {
  MeasureReport,
  MeasureReportGroup,
  MeasureReportGroupPopulation,
  MeasureReportGroupStratifier,
  Quantity,
} from '@medplum/fhirtypes';
import {
  DISTINCT_PEOPLE_POPULATIONS,
  SUMMED_SCORE_GROUPS,
  MEASURE_IDS,
  MEASURE_REPORT_IDENTIFIER_SYSTEM,
  SUPPRESSION_TAG_SYSTEM,
  measureUrl,
  reportIdentifier,
  type MeasureId,
} from './measures';
import type { Period } from './periods';
import { reportKey, shownReport, suppressionOf } from './resuppress';
import type { SuppressionRule } from './suppression';

/**
 * A custom range's figures from its months' MeasureReports (browser-safe, pure), generically over
 * the MeasureReport structure (any measure, group, population, stratifier): each population's
 * count and each stratum's are added up across the months. Only exact reports (tag "none") can be
 * added: a rounded or hidden count cannot. Not added: populations of distinct people (a person in
 * two months would be counted twice) and the scores that are not sums (a median of months is not
 * the median of the range). A summed score (pounds of gain, SUMMED_SCORE_GROUPS) is added, and
 * protected by the fewest people it can be about: the most in any one month (the range has at
 * least as many), so it is shown only when that many could be shown. The sums are exact:
 * `shownRange` puts them through the small-number rule like any report.
 */
export interface CombinedRange {
  /** One exact report per measure that any month has, for the range. */
  readonly reports: readonly MeasureReport[];
  /** Months whose reports are already suppressed (they cannot be added up), in order. */
  readonly blocked: readonly string[];
  /** What was left out because it does not add up: population codes, and groups with a score. */
  readonly dropped: { readonly populations: readonly string[]; readonly scores: readonly string[] };
  /** Per measure with some report: the months with none (no data that month, or not run yet). */
  readonly monthsWithout: Readonly<Partial<Record<MeasureId, readonly string[]>>>;
}

type Counts = Map<string, number>;
interface GroupSum {
  readonly populations: Counts;
  /** Distinct people: the most in any one month (a lower bound for the range). */
  readonly fewest: Counts;
  readonly strata: Map<string, Map<string, Counts>>;
  score?: Quantity;
}

const code = (c: { coding?: { code?: string; system?: string }[] } | undefined): string => c?.coding?.[0]?.code ?? '';

function addPopulations(
  into: Counts,
  populations: readonly MeasureReportGroupPopulation[] | undefined,
  dropped: Set<string>,
  fewest?: Counts,
): void {
  for (const p of populations ?? []) {
    const population = code(p.code);
    if (DISTINCT_PEOPLE_POPULATIONS.includes(population)) {
      dropped.add(population);
      fewest?.set(population, Math.max(fewest.get(population) ?? 0, p.count ?? 0));
      continue;
    }
    into.set(population, (into.get(population) ?? 0) + (p.count ?? 0));
  }
}

function populationsOf(
  counts: Counts,
  like: Map<string, MeasureReportGroupPopulation>,
): MeasureReportGroupPopulation[] {
  return [...counts].map(([population, count]) => ({ code: like.get(population)?.code, count }));
}

export function combineMonths(
  loaded: readonly MeasureReport[],
  range: Period,
  months: readonly Period[],
): CombinedRange {
  const monthIds = months.map((m) => m.id);
  const blocked = new Set<string>();
  const byMeasure = new Map<MeasureId, MeasureReport[]>();
  for (const report of loaded) {
    const key = reportKey(report);
    if (!key || !monthIds.includes(key.periodId)) {
      continue;
    }
    if (suppressionOf(report) !== 'none') {
      blocked.add(key.periodId);
      continue;
    }
    byMeasure.set(key.measure, [...(byMeasure.get(key.measure) ?? []), report]);
  }
  const droppedPopulations = new Set<string>();
  const droppedScores = new Set<string>();
  const reports: MeasureReport[] = [];
  const monthsWithout: Partial<Record<MeasureId, string[]>> = {};
  for (const measure of MEASURE_IDS) {
    const monthly = byMeasure.get(measure) ?? [];
    if (monthly.length === 0) {
      continue;
    }
    const have = new Set(monthly.map((r) => reportKey(r)?.periodId));
    monthsWithout[measure] = monthIds.filter((id) => !have.has(id));
    const groups = new Map<string, GroupSum>();
    const codes = new Map<string, MeasureReportGroupPopulation>();
    const groupCodes = new Map<string, MeasureReportGroup['code']>();
    const stratifierCodes = new Map<string, MeasureReportGroupStratifier['code']>();
    for (const report of monthly) {
      for (const group of report.group ?? []) {
        const g = code(group.code);
        groupCodes.set(g, group.code);
        const sum: GroupSum = groups.get(g) ?? {
          populations: new Map<string, number>(),
          fewest: new Map<string, number>(),
          strata: new Map<string, Map<string, Counts>>(),
        };
        groups.set(g, sum);
        const score = group.measureScore;
        if (score && SUMMED_SCORE_GROUPS.includes(g)) {
          sum.score = { ...score, value: Math.round(((sum.score?.value ?? 0) + (score.value ?? 0)) * 100) / 100 };
        } else if (score) {
          droppedScores.add(g);
        }
        for (const p of group.population ?? []) {
          codes.set(code(p.code), p);
        }
        addPopulations(sum.populations, group.population, droppedPopulations, sum.fewest);
        for (const stratifier of group.stratifier ?? []) {
          const s = code(stratifier.code?.[0]);
          stratifierCodes.set(s, stratifier.code);
          const strata = sum.strata.get(s) ?? new Map<string, Counts>();
          sum.strata.set(s, strata);
          for (const stratum of stratifier.stratum ?? []) {
            const value = stratum.value?.text ?? '';
            const counts = strata.get(value) ?? new Map<string, number>();
            strata.set(value, counts);
            addPopulations(counts, stratum.population, droppedPopulations);
          }
        }
      }
    }
    const dates = monthly.map((r) => r.date ?? '').sort();
    reports.push({
      resourceType: 'MeasureReport',
      meta: { tag: [{ system: SUPPRESSION_TAG_SYSTEM, code: 'none' }] },
      identifier: [{ system: MEASURE_REPORT_IDENTIFIER_SYSTEM, value: reportIdentifier(measure, range.id) }],
      status: 'complete',
      type: 'summary',
      measure: measureUrl(measure),
      date: dates[dates.length - 1],
      period: { start: range.start, end: range.end },
      group: [...groups].map(([g, sum]) => ({
        code: groupCodes.get(g),
        // A summed score is protected by its people (the fewest there can be); shownRange drops them.
        population: populationsOf(sum.score ? new Map([...sum.fewest, ...sum.populations]) : sum.populations, codes),
        ...(sum.score ? { measureScore: sum.score } : {}),
        ...(sum.strata.size > 0
          ? {
              stratifier: [...sum.strata].map(([s, strata]) => ({
                code: stratifierCodes.get(s),
                stratum: [...strata]
                  .sort(([a], [b]) => a.localeCompare(b))
                  .map(([value, counts]) => ({ value: { text: value }, population: populationsOf(counts, codes) })),
              })),
            }
          : {}),
      })),
    });
  }
  return {
    reports,
    blocked: monthIds.filter((id) => blocked.has(id)),
    dropped: { populations: [...droppedPopulations], scores: [...droppedScores] },
    monthsWithout,
  };
}

/**
 * A combined report as it may be shown: through the small-number rule (the one reader, with the
 * range as its period), without the populations that were not added (the builder would write them
 * as 0).
 */
export function shownRange(
  report: MeasureReport,
  range: Period,
  dropped: CombinedRange['dropped'],
  rule: SuppressionRule,
): MeasureReport | undefined {
  const shown = shownReport(report, rule, range);
  const keep = (p: MeasureReportGroupPopulation): boolean => !dropped.populations.includes(code(p.code));
  return (
    shown && {
      ...shown,
      group: shown.group?.map((g) => ({
        ...g,
        population: g.population?.filter(keep),
        ...(g.stratifier
          ? {
              stratifier: g.stratifier.map((s) => ({
                ...s,
                stratum: s.stratum?.map((st) => ({ ...st, population: st.population?.filter(keep) })),
              })),
            }
          : {}),
      })),
    }
  );
}
