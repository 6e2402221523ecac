import type { MeasureReport } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { financialYear } from './periods';
import { DEFAULT_SUPPRESSION, NO_SUPPRESSION } from './suppression';
import { buildMeasureReport, type MeasureRow } from './measure-report';

const period = financialYear('2026-06-01');
const row = (
  population: string,
  count: number,
  stratifier: string | null = null,
  stratum: string | null = null,
): MeasureRow => ({
  group_code: 'funnel',
  period_start: period.start,
  stratifier,
  stratum,
  population,
  count,
  score: null,
});

function counts(report: MeasureReport, stratum?: string): Record<string, number | '*'> {
  const group = report.group?.[0];
  const populations = stratum
    ? group?.stratifier?.[0]?.stratum?.find((s) => s.value?.text === stratum)?.population
    : group?.population;
  return Object.fromEntries(
    (populations ?? []).map((p) => [p.code?.coding?.[0]?.code ?? '', p.extension ? '*' : (p.count ?? NaN)]),
  );
}

const funnel = (rows: MeasureRow[], rule = DEFAULT_SUPPRESSION): MeasureReport =>
  buildMeasureReport({ measure: 'funnel', period, computedAt: '2026-12-01T10:00:00Z', rule }, rows);

describe('buildMeasureReport', () => {
  it('is a summary MeasureReport for one measure and period, identified for conditional update', () => {
    const report = funnel([row('referrals-sent', 40)]);
    expect(report).toMatchObject({
      resourceType: 'MeasureReport',
      type: 'summary',
      status: 'complete',
      measure: 'https://fhir.hjp-link.org.uk/Measure/hjp-funnel',
      period: { start: '2026-04-01', end: '2027-03-31' },
      identifier: [{ system: 'https://fhir.hjp-link.org.uk/Id/measure-report', value: 'funnel/FY2026-27' }],
      date: '2026-12-01T10:00:00Z',
    });
    expect(counts(report)['consent-refused']).toBe(0);
  });

  it('hides a part the total would give away (referrals = accepted + rejected + cancelled + awaiting)', () => {
    const report = funnel([
      row('referrals-sent', 40),
      row('accepted', 30),
      row('rejected', 10),
      row('cancelled', 0),
      row('awaiting-acceptance', 0),
    ]);
    expect(counts(report)).toMatchObject({ 'referrals-sent': 40, accepted: 30, rejected: 10 });
    const small = counts(
      funnel([row('referrals-sent', 40), row('accepted', 25), row('rejected', 10), row('cancelled', 5)]),
    );
    expect(small.cancelled).toBe('*');
    // 40 - 25 - 10 would give 5: one more part is hidden (the smallest other, rejected).
    expect(small.rejected).toBe('*');
  });

  it('hides a subset when its unreported complement is small (accepted but not contacted = 3)', () => {
    const c = counts(funnel([row('referrals-sent', 20), row('accepted', 20), row('first-contact', 17)]));
    expect(c['first-contact']).toBe('*');
  });

  it('keeps strata from giving a small one away through the group’s total', () => {
    const report = funnel([
      row('referrals-sent', 30),
      row('referrals-sent', 12, 'sex', 'female'),
      row('referrals-sent', 15, 'sex', 'male'),
      row('referrals-sent', 3, 'sex', 'other'),
    ]);
    expect(counts(report, 'other')['referrals-sent']).toBe('*');
    expect(counts(report, 'female')['referrals-sent']).toBe('*');
    expect(counts(report, 'male')['referrals-sent']).toBe(15);
    expect(report.meta?.tag?.[0]?.code).toBe('hide-1-to-7-round-5');
  });

  it('gives exact counts when the partnership asks for its own view', () => {
    const report = funnel([row('referrals-sent', 3)], NO_SUPPRESSION);
    expect(counts(report)['referrals-sent']).toBe(3);
    expect(report.meta?.tag?.[0]?.code).toBe('none');
  });
});

describe('buildMeasureReport: issue 13 measures', () => {
  const rowOf = (group: string, population: string, count: number, score: number | null = null): MeasureRow => ({
    ...row(population, count),
    group_code: group,
    score,
  });
  /** A before-and-after item's six counts: intake, closing, both, improved, same, worse. */
  const changeRows = (group: string, counts: readonly number[]): MeasureRow[] =>
    ['intake', 'closing', 'both', 'improved', 'same', 'worse'].map((p, i) => rowOf(group, p, counts[i] ?? 0));
  const build = (measure: 'before-after' | 'assistance-sessions', rows: MeasureRow[]): MeasureReport =>
    buildMeasureReport({ measure, period, computedAt: '2026-12-01T10:00:00Z', rule: DEFAULT_SUPPRESSION }, rows);
  const groupCounts = (report: MeasureReport, group: string): Record<string, number | '*'> =>
    Object.fromEntries(
      (report.group?.find((g) => g.code?.coding?.[0]?.code === group)?.population ?? []).map((p) => [
        p.code?.coding?.[0]?.code ?? '',
        p.extension ? '*' : (p.count ?? NaN),
      ]),
    );

  it('hides a second change when one is small (improved + same + worse = with both)', () => {
    const report = build('before-after', changeRows('financial-strain', [40, 30, 30, 25, 5, 0]));
    const strain = groupCounts(report, 'financial-strain');
    expect(strain).toMatchObject({ intake: 40, closing: 30, both: 30, same: '*' });
    // 30 − 25 − 0 would give "the same" away: a second cell is hidden.
    expect([strain.improved, strain.worse]).toContain('*');
    // Every before-and-after item reports all six populations, 0 when none.
    expect(groupCounts(report, 'life-satisfaction')).toEqual({
      intake: 0,
      closing: 0,
      both: 0,
      improved: 0,
      same: 0,
      worse: 0,
    });
  });

  it('hides "with both" when intake less both is small (with both ⊂ intake)', () => {
    const report = build('before-after', changeRows('worthwhile', [33, 40, 30, 10, 10, 10]));
    expect(groupCounts(report, 'worthwhile')).toMatchObject({ both: '*', closing: 40 });
  });

  it('keeps closed cases by level of assistance and by sessions band adding up, with median and total sessions', () => {
    const report = build('assistance-sessions', [
      rowOf('assistance-level', 'closed', 30),
      rowOf('assistance-level', 'advice', 20),
      rowOf('assistance-level', 'advice-with-casework', 5),
      rowOf('assistance-level', 'not-recorded', 5),
      rowOf('sessions', 'closed', 30, 2),
      rowOf('sessions', 'sessions-1', 10),
      rowOf('sessions', 'sessions-2-3', 20),
      rowOf('sessions-total', 'closed', 30, 75),
    ]);
    expect(groupCounts(report, 'assistance-level')).toMatchObject({
      closed: 30,
      advice: 20,
      'advice-with-casework': '*',
      'not-recorded': '*',
      'information-signposting': 0,
    });
    expect(groupCounts(report, 'sessions')).toMatchObject({ closed: 30, 'sessions-1': 10, 'sessions-2-3': 20 });
    const score = (group: string): unknown =>
      report.group?.find((g) => g.code?.coding?.[0]?.code === group)?.measureScore;
    expect(score('sessions')).toMatchObject({ value: 2, unit: 'sessions' });
    expect(score('sessions-total')).toMatchObject({ value: 75 });
  });
});
