import type { MeasureReport as MedplumMeasureReport } from '@medplum/fhirtypes';
import type { MeasureReport, MeasureReportGroup, MeasureReportGroupPopulation } from 'fhir/r4';
import {
  DATA_ABSENT_REASON_URL,
  MEASURE_IDS,
  MEASURE_REPORT_IDENTIFIER_SYSTEM,
  type MeasureId,
  type Stratifier,
} from '../measures';
import { shownReport } from '../resuppress';
import { SUPPRESSED, type Shown, type SuppressionRule } from '../suppression';

/**
 * The funder report's reading of the MeasureReports the evaluation engine writes (one per measure
 * and period, src/evaluation/measure-report.ts): each report goes first through the one reader the
 * dashboard uses too (`shownReport`, src/evaluation/resuppress.ts: the partnership's rule, exact
 * reports rebuilt through it, since a server may hold exact reports), then its counts are read as
 * shown: a number, or "*" when masked (data-absent-reason "masked").
 */
export type StoredCount = Shown;

export interface StoredGroup {
  readonly populations: Readonly<Record<string, StoredCount>>;
  /** measureScore.value, "*" when masked, undefined when the group has none. */
  readonly score: number | typeof SUPPRESSED | undefined;
  readonly strata: Readonly<Partial<Record<Stratifier, readonly StoredStratum[]>>>;
}

export interface StoredStratum {
  readonly value: string;
  readonly populations: Readonly<Record<string, StoredCount>>;
  readonly score: number | typeof SUPPRESSED | undefined;
}

export interface StoredReport {
  readonly measure: MeasureId;
  readonly computedAt: string | undefined;
  /** meta.tag of the suppression system: the rule the stored counts went through. */
  readonly suppressionTag: string | undefined;
  readonly groups: Readonly<Record<string, StoredGroup>>;
}

const masked = (extension: { url: string; valueCode?: string }[] | undefined): boolean =>
  (extension ?? []).some((e) => e.url === DATA_ABSENT_REASON_URL && e.valueCode === 'masked');

function populations(list: readonly MeasureReportGroupPopulation[] | undefined): Record<string, StoredCount> {
  const out: Record<string, StoredCount> = {};
  for (const p of list ?? []) {
    const code = p.code?.coding?.[0]?.code;
    if (code === undefined) {
      continue;
    }
    if (masked(p.extension)) {
      out[code] = SUPPRESSED;
    } else if (typeof p.count === 'number') {
      out[code] = p.count;
    }
  }
  return out;
}

function score(measureScore: MeasureReportGroup['measureScore']): StoredGroup['score'] {
  if (measureScore === undefined) {
    return undefined;
  }
  return masked(measureScore.extension) ? SUPPRESSED : measureScore.value;
}

function group(g: MeasureReportGroup): StoredGroup {
  const strata: Partial<Record<Stratifier, StoredStratum[]>> = {};
  for (const s of g.stratifier ?? []) {
    const code = s.code?.[0]?.coding?.[0]?.code as Stratifier | undefined;
    if (code === undefined) {
      continue;
    }
    strata[code] = (s.stratum ?? []).map((st) => ({
      value: st.value?.text ?? '',
      populations: populations(st.population),
      score: score(st.measureScore),
    }));
  }
  return { populations: populations(g.population), score: score(g.measureScore), strata };
}

/** Which measure a report is for, from its identifier (`<measure>/<period id>`). */
export function measureOf(report: MeasureReport, periodId: string): MeasureId | undefined {
  const value = report.identifier?.find((i) => i.system === MEASURE_REPORT_IDENTIFIER_SYSTEM)?.value;
  return MEASURE_IDS.find((m) => value === `${m}/${periodId}`);
}

/**
 * The period's reports by measure, through `rule`; reports of other periods or unknown measures,
 * and reports the rule cannot be applied to (see `shownReport`), are left out.
 */
export function readReports(
  reports: readonly MeasureReport[],
  periodId: string,
  rule: SuppressionRule,
): Partial<Record<MeasureId, StoredReport>> {
  const out: Partial<Record<MeasureId, StoredReport>> = {};
  for (const stored of reports) {
    const measure = measureOf(stored, periodId);
    const shown = measure && shownReport(stored as unknown as MedplumMeasureReport, rule);
    if (measure === undefined || !shown) {
      continue;
    }
    const report = shown as unknown as MeasureReport;
    const groups: Record<string, StoredGroup> = {};
    for (const g of report.group ?? []) {
      const code = g.code?.coding?.[0]?.code;
      if (code !== undefined) {
        groups[code] = group(g);
      }
    }
    out[measure] = {
      measure,
      computedAt: report.date,
      suppressionTag: report.meta?.tag?.find((t) => t.system?.endsWith('/CodeSystem/evaluation-suppression'))?.code,
      groups,
    };
  }
  return out;
}

/** The search that fetches one period's reports in one request (an OR of identifiers). */
export function reportSearch(periodId: string): { identifier: string; _count: string } {
  return {
    identifier: MEASURE_IDS.map((m) => `${MEASURE_REPORT_IDENTIFIER_SYSTEM}|${m}/${periodId}`).join(','),
    _count: String(MEASURE_IDS.length * 2),
  };
}
