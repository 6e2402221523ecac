import type { MeasureReport } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { combineMonths, shownRange } from './combine';
import { buildMeasureReport, type MeasureRow } from './measure-report';
import type { MeasureId } from './measures';
import { calendarMonth, type Period } from './periods';
import { DEFAULT_SUPPRESSION, NO_SUPPRESSION, type SuppressionRule } from './suppression';

const april = calendarMonth('2026-04-01');
const may = calendarMonth('2026-05-01');
const range: Period = { id: '2026-04-to-2026-05', start: '2026-04-01', end: '2026-05-31' };

function report(
  measure: MeasureId,
  month: Period,
  rows: [group: string, population: string, count: number, score?: number, stratum?: [string, string]][],
  rule: SuppressionRule = NO_SUPPRESSION,
): MeasureReport {
  const measureRows: MeasureRow[] = rows.map(([group, population, count, score, stratum]) => ({
    group_code: group,
    period_start: month.start,
    stratifier: stratum?.[0] ?? null,
    stratum: stratum?.[1] ?? null,
    population,
    count,
    score: score ?? null,
  }));
  return buildMeasureReport({ measure, period: month, computedAt: `${month.start}T09:00:00Z`, rule }, measureRows);
}

const funnel = (month: Period, sent: number, issues: number, rule?: SuppressionRule): MeasureReport =>
  report(
    'funnel',
    month,
    [
      ['funnel', 'referrals-sent', sent],
      ['funnel', 'accepted', sent],
      ['funnel', 'people-referred', sent],
      ['funnel', 'issues-referred', issues],
      ['funnel', 'referrals-sent', sent, undefined, ['urgency', 'routine']],
      ['funnel', 'accepted', sent, undefined, ['urgency', 'routine']],
    ],
    rule,
  );
const timeliness = (month: Period, contacted: number, within: number, median: number): MeasureReport =>
  report('time-to-first-contact', month, [
    ['days-to-first-contact', 'measure-population', contacted, median],
    ['days-to-first-contact', 'within-target', within],
  ]);

const count = (r: MeasureReport | undefined, population: string, stratum?: string): number | string | undefined => {
  const group = r?.group?.[0];
  const level = stratum ? group?.stratifier?.[0]?.stratum?.find((s) => s.value?.text === stratum) : group;
  const p = level?.population?.find((x) => x.code?.coding?.[0]?.code === population);
  return p?.extension?.some((e) => e.valueCode === 'masked') ? '*' : p?.count;
};

describe('a custom range: its months’ exact reports added up', () => {
  it('adds populations and strata across months, generically, and keeps the range as the period', () => {
    const combined = combineMonths([funnel(april, 30, 40), funnel(may, 12, 20)], range, [april, may]);
    expect(combined.blocked).toEqual([]);
    const sum = combined.reports[0];
    expect(sum?.period).toEqual({ start: '2026-04-01', end: '2026-05-31' });
    expect(sum?.identifier?.[0]?.value).toBe('funnel/2026-04-to-2026-05');
    expect(sum?.meta?.tag?.[0]?.code).toBe('none');
    expect(count(sum, 'referrals-sent')).toBe(42);
    expect(count(sum, 'issues-referred')).toBe(60);
    expect(count(sum, 'referrals-sent', 'routine')).toBe(42);
    // People are not added: someone referred in April and in May would be counted twice.
    expect(count(sum, 'people-referred')).toBeUndefined();
    expect(combined.dropped.populations).toEqual(['people-referred']);
    expect(combined.monthsWithout).toEqual({ funnel: [] });
  });

  it('puts the sum through the rule as one table: 3 + 6 = 9 is shown as 10, 2 + 3 = 5 is hidden', () => {
    const combined = combineMonths([funnel(april, 3, 2), funnel(may, 6, 3)], range, [april, may]);
    const shown = shownRange(combined.reports[0]!, range, combined.dropped, DEFAULT_SUPPRESSION);
    expect(count(shown, 'referrals-sent')).toBe(10);
    expect(count(shown, 'accepted')).toBe(10);
    expect(count(shown, 'issues-referred')).toBe('*');
    expect(count(shown, 'people-referred')).toBeUndefined(); // not written back as 0
    expect(shown?.meta?.tag?.[0]?.code).toBe('hide-1-to-7-round-5');
    expect(JSON.stringify(shown)).not.toMatch(/"count":[1-7]\b/);
    // Each month on its own hides all of them.
    const aprilShown = shownRange(funnel(april, 3, 2), april, combined.dropped, DEFAULT_SUPPRESSION);
    expect(count(aprilShown, 'referrals-sent')).toBe('*');
  });

  it('drops the scores (medians) that do not add, and adds the counts behind a share', () => {
    const combined = combineMonths([timeliness(april, 20, 15, 3), timeliness(may, 20, 17, 6)], range, [april, may]);
    expect(combined.dropped.scores).toEqual(['days-to-first-contact']);
    const shown = shownRange(combined.reports[0]!, range, combined.dropped, DEFAULT_SUPPRESSION);
    expect(shown?.group?.[0]?.measureScore).toBeUndefined();
    expect(count(shown, 'measure-population')).toBe(40);
    expect(count(shown, 'within-target')).toBe(30); // 32 of 40: the 8 outside the target may be worked out
  });

  it('cannot add a month whose report is already suppressed, and names it', () => {
    const combined = combineMonths([funnel(april, 30, 40), funnel(may, 12, 20, DEFAULT_SUPPRESSION)], range, [
      april,
      may,
    ]);
    expect(combined.blocked).toEqual(['2026-05']);
  });

  it('names the months with no report, and leaves out reports of other periods', () => {
    const june = calendarMonth('2026-06-01');
    const combined = combineMonths([funnel(april, 30, 40), funnel(june, 12, 20)], range, [april, may]);
    expect(combined.monthsWithout).toEqual({ funnel: ['2026-05'] });
    expect(count(combined.reports[0], 'referrals-sent')).toBe(30);
  });

  it('adds up amounts of gain, shown only when the month with the most clients could show them', () => {
    const gain = (month: Period, clients: number, pounds: number): MeasureReport =>
      report('financial-gain', month, [['total', 'clients-with-gain', clients, pounds]]);
    const shownTotal = (a: [number, number], b: [number, number]): number | string | undefined => {
      const combined = combineMonths([gain(april, ...a), gain(may, ...b)], range, [april, may]);
      expect(combined.dropped).toEqual({ populations: ['clients-with-gain'], scores: [] });
      const shown = shownRange(combined.reports[0]!, range, combined.dropped, DEFAULT_SUPPRESSION);
      const total = shown?.group?.find((g) => g.code?.coding?.[0]?.code === 'total');
      expect(total?.population).toEqual([]); // the clients are not shown: they may be fewer than the sum
      return total?.measureScore?.extension ? '*' : total?.measureScore?.value;
    };
    expect(shownTotal([9, 1000.25], [3, 500])).toBe(1500.25);
    // 5 + 6 could be 6 people: hidden, as 6 would be.
    expect(shownTotal([5, 1000], [6, 500])).toBe('*');
  });
});
