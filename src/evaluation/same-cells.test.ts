import type { MeasureReport as R4MeasureReport } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { dashboardView } from './dashboard/dashboardView';
import { periodReports } from './dashboard/periodReports';
import { buildMeasureReport, type MeasureRow } from './measure-report';
import { MEASURE_GROUPS, type MeasureId } from './measures';
import { financialYear } from './periods';
import { buildFigures } from './report/figures';
import { readReports } from './report/readReports';
import { DEFAULT_SUPPRESSION, NO_SUPPRESSION, SUPPRESSED, type SuppressionRule } from './suppression';

// The dashboard and the funder report read the same exact reports through the one reader
// (resuppress.ts): for the same period they must hide and round the same cells.
const period = financialYear('2026-06-01');
const row = (
  group: string,
  population: string,
  count: number,
  stratifier: string | null = null,
  stratum: string | null = null,
  score: number | null = null,
): MeasureRow => ({ group_code: group, period_start: period.start, stratifier, stratum, population, count, score });

const funnelCounts: Record<string, number> = {
  'screenings-completed': 90,
  'screenings-with-need': 70,
  'referrals-sent': 40,
  'people-referred': 38,
  'issues-referred': 52,
  accepted: 27,
  rejected: 3,
  cancelled: 10,
  'first-contact': 24,
};
// 10 women were referred, 3 of them rejected and none accepted, cancelled or awaiting: the 3 would
// be the 10 minus nothing, so the engine hides the women's 10 as well, then the men's 30.
const strata: Record<string, Record<string, number>> = {
  female: { 'referrals-sent': 10, rejected: 3 },
  male: { 'referrals-sent': 30, accepted: 27, cancelled: 3 },
};
const ROWS: Partial<Record<MeasureId, MeasureRow[]>> = {
  funnel: [
    ...(MEASURE_GROUPS.funnel.funnel ?? []).map((p) => row('funnel', p, funnelCounts[p] ?? 0)),
    ...Object.entries(strata).flatMap(([sex, counts]) =>
      (MEASURE_GROUPS.funnel.funnel ?? []).map((p) => row('funnel', p, counts[p] ?? 0, 'sex', sex)),
    ),
    row('funnel', 'issues-referred', 45, 'area-of-law', 'benefits'),
    row('funnel', 'issues-referred', 7, 'area-of-law', 'debt'),
  ],
  'time-to-first-contact': [
    row('days-to-first-contact', 'measure-population', 24, null, null, 5),
    row('days-to-first-contact', 'within-target', 19),
  ],
  'financial-gain': [row('total', 'clients-with-gain', 9, null, null, 12000)],
};

function exactReports(): R4MeasureReport[] {
  return (Object.entries(ROWS) as [MeasureId, MeasureRow[]][]).map(
    ([measure, rows]) =>
      buildMeasureReport(
        { measure, period, computedAt: '2026-12-01T09:00:00Z', rule: NO_SUPPRESSION },
        rows,
      ) as unknown as R4MeasureReport,
  );
}

function both(rule: SuppressionRule) {
  const loaded = exactReports();
  const report = buildFigures(period.id, readReports(loaded, period.id, rule), rule);
  const view = dashboardView(periodReports(loaded as never, period, [], rule), undefined);
  return { report, view };
}

describe('the dashboard and the funder report on the same exact reports', () => {
  it('hide and round the same cells: the funnel, the strata and gains', () => {
    for (const rule of [DEFAULT_SUPPRESSION, { threshold: 10, rounding: 5 }]) {
      const { report, view } = both(rule);
      const dashboardFunnel = new Map(view.funnel.rows.map((r) => [r.key, r.value]));
      expect(report.funnel.map((r) => [r.key, dashboardFunnel.get(r.key)])).toEqual(
        report.funnel.map((r) => [r.key, r.count]),
      );
      const sex = view.equity.find((c) => c.id === 'by-sex');
      expect(sex?.rows.map((r) => r.value)).toEqual(
        report.equity.find((t) => t.stratifier === 'sex')?.rows.map((r) => r.count),
      );
      const gainTotal = view.gain.rows.find((r) => r.key === 'total');
      expect(gainTotal?.extra?.[0]).toBe(String(report.gains.find((g) => g.kind === 'total')?.clients));
    }
    const { report } = both(DEFAULT_SUPPRESSION);
    // The secondary suppression the engine does across a stratum's own funnel: both sexes hidden.
    expect(report.equity.find((t) => t.stratifier === 'sex')?.rows.map((r) => r.count)).toEqual([
      SUPPRESSED,
      SUPPRESSED,
    ]);
    expect(report.firstContact.withinTarget).toBe(SUPPRESSED); // 24 − 19 = 5 outside the target
    expect(report.funnel.find((r) => r.key === 'referrals-sent')?.count).toBe(40);
  });
});
