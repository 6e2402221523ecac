import type { MeasureReport, MeasureReportGroup, MeasureReportGroupPopulation, Quantity } from '@medplum/fhirtypes';
import { DATA_ABSENT_REASON_URL } from '../measures';
import { SUPPRESSED, type Shown } from '../suppression';

/**
 * Reading one suppressed MeasureReport's cells (browser-safe, pure). A cell is a shown count, "*"
 * (hidden by the small-number rule) or undefined (not in the report). Callers pass reports that
 * went through `shownReport` first: this module never sees an exact count it could leak.
 */
export type Cell = Shown | undefined;
/** A stratum: [stratifier, value], e.g. ['area-of-law', 'debt']. */
export type StratumRef = readonly [string, string];

const code = (c: { coding?: { code?: string }[] } | undefined): string => c?.coding?.[0]?.code ?? '';

const masked = (e: { extension?: { url?: string; valueCode?: string }[] } | undefined): boolean =>
  e?.extension?.some((x) => x.url === DATA_ABSENT_REASON_URL && x.valueCode === 'masked') ?? false;

function groupOf(report: MeasureReport | undefined, group: string): MeasureReportGroup | undefined {
  return report?.group?.find((g) => code(g.code) === group);
}

function level(
  report: MeasureReport | undefined,
  group: string,
  stratum: StratumRef | undefined,
): { population?: MeasureReportGroupPopulation[]; measureScore?: Quantity } | undefined {
  const g = groupOf(report, group);
  if (!stratum) {
    return g;
  }
  return g?.stratifier
    ?.find((s) => code(s.code?.[0]) === stratum[0])
    ?.stratum?.find((s) => (s.value?.text ?? '') === stratum[1]);
}

export function countOf(
  report: MeasureReport | undefined,
  group: string,
  population: string,
  stratum?: StratumRef,
): Cell {
  const p = level(report, group, stratum)?.population?.find((x) => code(x.code) === population);
  if (!p) {
    return undefined;
  }
  return masked(p) ? SUPPRESSED : p.count;
}

/** A group's (or stratum's) score: a median, a total in pounds… "*" when its count is hidden. */
export function scoreOf(report: MeasureReport | undefined, group: string, stratum?: StratumRef): Cell {
  const score = level(report, group, stratum)?.measureScore;
  if (!score) {
    return undefined;
  }
  return masked(score) ? SUPPRESSED : score.value;
}

/** The stratum values a group reports for a stratifier, in the report's order. */
export function strataOf(report: MeasureReport | undefined, group: string, stratifier: string): string[] {
  return (
    groupOf(report, group)
      ?.stratifier?.find((s) => code(s.code?.[0]) === stratifier)
      ?.stratum?.map((s) => s.value?.text ?? '') ?? []
  );
}

/** A share in whole per cent when both counts are shown and the whole is not 0. */
export function share(part: Cell, whole: Cell): number | undefined {
  if (typeof part !== 'number' || typeof whole !== 'number' || whole === 0) {
    return undefined;
  }
  return Math.round((part / whole) * 100);
}

/** A days-against-target measure's cells (first contact, closure): how many, how many within the target and the share, the median and the 90th percentile. */
export interface DaysFigures {
  readonly population: Cell;
  readonly within: Cell;
  readonly pct: number | undefined;
  readonly median: Cell;
  readonly p90: Cell;
}

export function daysFigures(report: MeasureReport | undefined, group: string): DaysFigures {
  const population = countOf(report, group, 'measure-population');
  const within = countOf(report, group, 'within-target');
  return {
    population,
    within,
    pct: share(within, population),
    median: scoreOf(report, group),
    p90: scoreOf(report, `${group}-p90`),
  };
}
