import type { MeasureReport } from '@medplum/fhirtypes';
import { combineMonths, shownRange, type CombinedRange } from '../combine';
import { FUNNEL_POPULATIONS, MEASURE_IDS, MEASURE_REPORT_IDENTIFIER_SYSTEM, type MeasureId } from '../measures';
import { reportIdentifier } from '../measures';
import { reportKey, shownReport } from '../resuppress';
import type { SuppressionRule } from '../suppression';
import type { DashboardView, PeriodReports } from './dashboardView';
import { periodLabel } from './periodChoice';
import type { MonthRange } from './range';

/**
 * A custom range's dashboard input (pure): the months' exact reports added up (../combine.ts),
 * each combined report through the small-number rule, and each month's own funnel (through the
 * rule on its own) for the chart over time.
 */
export interface RangeReports extends PeriodReports {
  readonly blocked: CombinedRange['blocked'];
  readonly dropped: CombinedRange['dropped'];
  readonly monthsWithout: CombinedRange['monthsWithout'];
}

/** The identifiers of every month's reports, values only: one search whatever the range (see api.ts). */
export function rangeIdentifiers(range: MonthRange): string[] {
  return range.months.flatMap((m) => MEASURE_IDS.map((measure) => reportIdentifier(measure, m.id)));
}

export function rangeReports(loaded: readonly MeasureReport[], range: MonthRange, rule: SuppressionRule): RangeReports {
  // Searched by value only (a shorter URL): keep the reports of our own identifier system.
  const ours = loaded.filter((r) => r.identifier?.some((i) => i.system === MEASURE_REPORT_IDENTIFIER_SYSTEM));
  const combined = combineMonths(ours, range.period, range.months);
  const reports: Partial<Record<MeasureId, MeasureReport>> = {};
  for (const report of combined.reports) {
    const key = reportKey(report);
    const shown = shownRange(report, range.period, combined.dropped, rule);
    if (key && shown) {
      reports[key.measure] = shown;
    }
  }
  const funnels = new Map(
    ours.flatMap((r) => {
      const key = reportKey(r);
      const shown = key?.measure === 'funnel' ? shownReport(r, rule) : undefined;
      return key && shown ? [[key.periodId, shown] as const] : [];
    }),
  );
  return {
    period: range.period,
    reports: combined.blocked.length > 0 ? {} : reports,
    parts: range.months.map((m) => ({ period: m, label: periodLabel(m), funnel: funnels.get(m.id) })),
    blocked: combined.blocked,
    dropped: combined.dropped,
    monthsWithout: combined.monthsWithout,
  };
}

/** What a range leaves out, in words: the populations by name, the scores by their group. */
export function droppedText(dropped: CombinedRange['dropped']): string[] {
  const name = (c: string): string => {
    const label = (FUNNEL_POPULATIONS as Readonly<Record<string, string>>)[c];
    return (label ?? c.replaceAll('-', ' ')).toLowerCase();
  };
  return [
    ...dropped.populations.map(name),
    ...(dropped.scores.length > 0
      ? [`the scores that do not add up (medians, percentiles) of ${dropped.scores.map(name).join(', ')}`]
      : []),
  ];
}

/** The range's view: a headline figure that is not added up says so rather than "Not reported". */
export function rangeView(view: DashboardView): DashboardView {
  return {
    ...view,
    headline: view.headline.map((h) => (h.value === 'Not reported' ? { ...h, value: 'Not for a custom range' } : h)),
  };
}
