import type { MeasureReport as MedplumMeasureReport } from '@medplum/fhirtypes';
import type { MeasureReport } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../job/database';
import { buildMeasureReport } from '../measure-report';
import type { MeasureId } from '../measures';
import { financialYear } from '../periods';
import {
  DEFAULT_SUPPRESSION,
  NO_SUPPRESSION,
  SUPPRESSED,
  isSmallVisibleCount,
  type SuppressionRule,
} from '../suppression';
import { buildFigures } from './figures';
import { readReports, reportSearch } from './readReports';

const period = financialYear('2026-06-01');
const row = (
  group: string,
  population: string,
  count: number,
  score: number | null = null,
  stratifier: string | null = null,
  stratum: string | null = null,
): MeasureRow => ({ group_code: group, period_start: period.start, stratifier, stratum, population, count, score });

/** Reports as the engine writes them, through `stored` (exact on the partnership's own server). */
function reports(rows: Partial<Record<MeasureId, MeasureRow[]>>, stored: SuppressionRule): MeasureReport[] {
  return (Object.entries(rows) as [MeasureId, MeasureRow[]][]).map(
    ([measure, r]) =>
      buildMeasureReport(
        { measure, period, computedAt: '2026-12-01T09:00:00Z', rule: stored },
        r,
      ) satisfies MedplumMeasureReport as unknown as MeasureReport,
  );
}

const ROWS: Partial<Record<MeasureId, MeasureRow[]>> = {
  funnel: [
    row('funnel', 'referrals-sent', 42),
    row('funnel', 'accepted', 30),
    row('funnel', 'rejected', 3),
    row('funnel', 'cancelled', 4),
    row('funnel', 'awaiting-acceptance', 5),
    row('funnel', 'issues-referred', 61),
    row('funnel', 'issues-referred', 40, null, 'area-of-law', 'benefits'),
    row('funnel', 'issues-referred', 21, null, 'area-of-law', 'debt'),
    row('funnel', 'referrals-sent', 36, null, 'sex', 'female'),
    row('funnel', 'referrals-sent', 6, null, 'sex', 'male'),
  ],
  'time-to-first-contact': [
    row('days-to-first-contact', 'measure-population', 25, 4.5),
    row('days-to-first-contact', 'within-target', 21),
    row('days-to-first-contact-p90', 'measure-population', 25, 11),
  ],
  'financial-gain': [
    row('recurring', 'clients-with-gain', 12, 64000.4),
    row('arrears', 'clients-with-gain', 3, 2800),
    row('total', 'clients-with-gain', 14, 70100),
  ],
};

const figuresOf = (stored: SuppressionRule, rule = DEFAULT_SUPPRESSION) =>
  buildFigures(period.id, readReports(reports(ROWS, stored), period.id, rule), rule);

describe('the funder report’s figures', () => {
  it('hides counts 1–7 and rounds the rest to 5, even when the server holds exact reports', () => {
    const f = figuresOf(NO_SUPPRESSION);
    const count = (key: string) => f.funnel.find((r) => r.key === key)?.count;
    expect(count('referrals-sent')).toBe(40);
    expect(count('accepted')).toBe(30);
    expect(count('rejected')).toBe(SUPPRESSED);
    expect(count('cancelled')).toBe(SUPPRESSED);
    // Zero is shown: nothing to protect.
    expect(count('screenings-completed')).toBe(0);
    const everyCount = [
      ...f.funnel,
      ...f.activity.flatMap((t) => t.rows),
      ...f.equity.flatMap((t) => t.rows),
      ...f.completeness,
    ].map((r) => r.count);
    expect(everyCount.filter((c) => isSmallVisibleCount(c))).toEqual([]);
  });

  it('hides a second stratum when one is hidden, so the total cannot give it away', () => {
    const sex = figuresOf(NO_SUPPRESSION).equity.find((t) => t.stratifier === 'sex');
    expect(sex?.rows.map((r) => [r.label, r.count])).toEqual([
      ['Female', SUPPRESSED],
      ['Male', SUPPRESSED],
    ]);
    const areas = figuresOf(NO_SUPPRESSION).activity.find((t) => t.stratifier === 'area-of-law');
    expect(areas?.rows.map((r) => [r.label, r.count])).toEqual([
      ['Benefits and income', 40],
      ['Debt', 20],
    ]);
  });

  it('hides a money amount whose clients are too few, and keeps it when they are enough', () => {
    const gains = figuresOf(NO_SUPPRESSION).gains;
    expect(gains.find((g) => g.kind === 'recurring')).toMatchObject({ clients: 10, amount: 64000.4 });
    expect(gains.find((g) => g.kind === 'arrears')).toMatchObject({ clients: SUPPRESSED, amount: SUPPRESSED });
    expect(gains.find((g) => g.kind === 'one-off')).toMatchObject({ clients: 0 });
  });

  it('keeps what the engine masked hidden, and reads the same figures from suppressed and exact reports', () => {
    const fromSuppressed = figuresOf(DEFAULT_SUPPRESSION);
    const fromExact = figuresOf(NO_SUPPRESSION);
    expect(fromSuppressed.funnel).toEqual(fromExact.funnel);
    // 21 of 25 within target leaves 4 outside it: hidden, so "within target" is hidden too.
    expect(fromSuppressed.firstContact).toEqual({
      contacted: 25,
      withinTarget: SUPPRESSED,
      medianDays: 4.5,
      p90Days: 11,
    });
  });

  it('applies a stricter threshold of the partnership’s (10) to the same reports', () => {
    const f = figuresOf(DEFAULT_SUPPRESSION, { threshold: 10, rounding: 5 });
    expect(f.gains.find((g) => g.kind === 'recurring')).toMatchObject({ clients: SUPPRESSED, amount: SUPPRESSED });
  });

  it('names the measures with no report for the period, and reads only that period', () => {
    const other = readReports(reports(ROWS, DEFAULT_SUPPRESSION), 'FY2025-26', DEFAULT_SUPPRESSION);
    expect(Object.keys(other)).toEqual([]);
    const f = figuresOf(DEFAULT_SUPPRESSION);
    expect(f.missing).toEqual([
      'health-service-use',
      'data-completeness',
      'time-to-closure',
      'assistance-sessions',
      'before-after',
    ]);
    expect(f.computedAt).toBe('2026-12-01T09:00:00Z');
  });

  it('asks for one period’s reports in one search', () => {
    const search = reportSearch('FY2026-27');
    expect(search.identifier.split(',')).toHaveLength(8);
    expect(search.identifier).toContain('|funnel/FY2026-27');
  });
});
