import type { MeasureReport } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { MEASURE_GROUPS } from './measures';
import { buildMeasureReport, type MeasureRow } from './measure-report';
import { financialQuarter } from './periods';
import { rowsOfReport, reportKey, shownReport, suppressionOf } from './resuppress';
import { DEFAULT_SUPPRESSION, NO_SUPPRESSION } from './suppression';

const period = financialQuarter('2026-05-01');
const countIn = (report: MeasureReport | undefined, population: string): number | undefined =>
  report?.group?.[0]?.population?.find((p) => p.code?.coding?.[0]?.code === population)?.count;
const at = '2026-12-01T10:00:00Z';

function funnelRows(): MeasureRow[] {
  const counts: Record<string, number> = {
    'screenings-completed': 60,
    'screenings-with-need': 52,
    'referrals-sent': 40,
    'people-referred': 38,
    accepted: 33,
    rejected: 3,
    cancelled: 4,
    'awaiting-acceptance': 0,
    'first-contact': 30,
  };
  const all = MEASURE_GROUPS.funnel.funnel ?? [];
  const row = (population: string, count: number, stratifier: string | null, stratum: string | null): MeasureRow => ({
    group_code: 'funnel',
    period_start: period.start,
    stratifier,
    stratum,
    population,
    count,
    score: null,
  });
  return [
    ...all.map((p) => row(p, counts[p] ?? 0, null, null)),
    ...all.map((p) => row(p, p === 'referrals-sent' ? 34 : 0, 'sex', 'female')),
    ...all.map((p) => row(p, p === 'referrals-sent' ? 6 : 0, 'sex', 'male')),
  ];
}

const gainRows: MeasureRow[] = [
  {
    group_code: 'total',
    period_start: period.start,
    stratifier: null,
    stratum: null,
    population: 'clients-with-gain',
    count: 3,
    score: 4200.5,
  },
  {
    group_code: 'recurring',
    period_start: period.start,
    stratifier: null,
    stratum: null,
    population: 'clients-with-gain',
    count: 12,
    score: 9100,
  },
];

describe('an exact MeasureReport shown under the small-number rule', () => {
  it('hides and rounds exactly what the engine would have written under the rule', () => {
    const exact = buildMeasureReport({ measure: 'funnel', period, computedAt: at, rule: NO_SUPPRESSION }, funnelRows());
    const engine = buildMeasureReport(
      { measure: 'funnel', period, computedAt: at, rule: DEFAULT_SUPPRESSION },
      funnelRows(),
    );
    expect(reportKey(exact)).toEqual({ measure: 'funnel', periodId: 'FY2026-27-Q1' });
    const shown = shownReport(exact, DEFAULT_SUPPRESSION);
    expect(shown).toEqual(engine);
    // 6 men referred is hidden, and so is the smallest other stratum (34 would give it away).
    expect(JSON.stringify(shown)).not.toMatch(/"count":[1-7]\b/);
  });

  it('masks a gain total whose clients are few, keeps one whose clients are many', () => {
    const exact = buildMeasureReport(
      { measure: 'financial-gain', period, computedAt: at, rule: NO_SUPPRESSION },
      gainRows,
    );
    expect(rowsOfReport(exact, 'financial-gain').find((r) => r.group_code === 'total')?.score).toBe(4200.5);
    const shown = shownReport(exact, DEFAULT_SUPPRESSION);
    const group = (code: string) => shown?.group?.find((g) => g.code?.coding?.[0]?.code === code);
    expect(group('total')?.measureScore?.value).toBeUndefined();
    expect(group('recurring')?.measureScore?.value).toBe(9100);
    expect(group('recurring')?.population?.[0]?.count).toBe(10);
  });

  it('shows a report already suppressed under the rule as it is, re-suppresses a laxer one, refuses a stricter one', () => {
    const suppressed = buildMeasureReport(
      { measure: 'funnel', period, computedAt: at, rule: DEFAULT_SUPPRESSION },
      funnelRows(),
    );
    expect(shownReport(suppressed, DEFAULT_SUPPRESSION)).toBe(suppressed);
    const laxer = buildMeasureReport(
      { measure: 'funnel', period, computedAt: at, rule: { threshold: 3, rounding: 1 } },
      funnelRows(),
    );
    const again = shownReport(laxer, DEFAULT_SUPPRESSION);
    expect(suppressionOf(again!)).toBe('hide-1-to-7-round-5');
    // 4 cancelled (shown under 3) is hidden under 7, and 38 people are rounded to 40.
    expect(JSON.stringify(again)).not.toMatch(/"count":[1-7]\b/);
    expect(countIn(again, 'people-referred')).toBe(40);
    const stricter = buildMeasureReport(
      { measure: 'funnel', period, computedAt: at, rule: { threshold: 10, rounding: 5 } },
      funnelRows(),
    );
    expect(shownReport(stricter, DEFAULT_SUPPRESSION)).toBeUndefined();
    expect(shownReport(suppressed, NO_SUPPRESSION)).toBeUndefined();
  });
});
