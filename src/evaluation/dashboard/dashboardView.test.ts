import { describe, expect, it } from 'vitest';
import { exactReport, partnershipYear } from '../../../test/support/syntheticReports';
import { financialYearById } from '../periods';
import { DEFAULT_SUPPRESSION } from '../suppression';
import { dashboardView, valuePerPound } from './dashboardView';
import { mostOf } from './findings';
import { partsOf } from './periodChoice';
import { periodReports } from './periodReports';

const year = financialYearById('FY2026-27');
const view = (funding?: number) =>
  dashboardView(periodReports(partnershipYear(), year, partsOf(year), DEFAULT_SUPPRESSION), funding);

describe('the dashboard’s figures from MeasureReports', () => {
  it('puts exact reports through the rule before any figure is made', () => {
    const v = view();
    expect(v.headline.map((h) => [h.key, h.value])).toEqual([
      ['referrals-sent', '235'],
      ['people-referred', '220'],
      ['issues-referred', '300'],
      ['total-gain', '£373,500.50'],
      ['median-days', '4 days'],
    ]);
    const counts = [v.funnel, ...v.activity, ...v.equity, v.healthUse, v.completeness].flatMap((c) =>
      c.rows.map((r) => r.value),
    );
    expect(counts.filter((n) => typeof n === 'number' && n >= 1 && n <= 7)).toEqual([]);
    expect(counts.filter((n) => n === '*').length).toBeGreaterThan(2);
    expect(v.asOf).toBe('2026-11-30T09:15:00.000Z');
  });

  it('orders the funnel from screening to outcome, the other populations after', () => {
    const keys = view().funnel.rows.map((r) => r.key);
    expect(keys.slice(0, 8)).toEqual([
      'screenings-completed',
      'screenings-with-need',
      'consent-given',
      'referrals-sent',
      'accepted',
      'first-contact',
      'advice-session',
      'closed-with-outcome',
    ]);
    expect(keys).toContain('unable-to-contact');
  });

  it('states findings from shown figures only, and orders deciles numerically with words for the ends', () => {
    const v = view();
    const decile = v.equity.find((c) => c.id === 'by-decile');
    expect(decile?.rows.map((r) => r.label)).toEqual(['1 (most deprived)', '2', '5', '10 (least deprived)']);
    expect(decile?.title).toBe('Most referrals were of people in decile 1 (most deprived)');
    expect(v.activity.find((c) => c.id === 'by-source')?.title).toBe('Most referrals came from a general practitioner');
    // No ethnic category strata in these reports: no finding to state.
    expect(v.equity.find((c) => c.id === 'by-ethnicity')?.title).toBe(
      'Referrals by ethnic category: numbers too small to compare',
    );
    expect(v.overTime?.rows.map((r) => [r.key, r.value])).toEqual([
      ['FY2026-27-Q1', 50],
      ['FY2026-27-Q2', 60],
      ['FY2026-27-Q3', 125],
      ['FY2026-27-Q4', undefined],
    ]);
  });

  it('never picks a "most" it cannot tell: ties, or nothing shown', () => {
    expect(
      mostOf([
        { key: 'a', label: 'A', value: 10 },
        { key: 'b', label: 'B', value: 10 },
      ]),
    ).toBeUndefined();
    expect(mostOf([{ key: 'a', label: 'A', value: '*' }])).toBeUndefined();
    expect(mostOf([{ key: 'a', label: 'A', value: 0 }])).toBeUndefined();
  });

  it('gives gross gain per £1 of funding only when funding is configured and the total shown', () => {
    expect(view().valuePerPound).toMatch(/^Funding not configured/);
    expect(view(50_000).valuePerPound).toMatch(
      /^£7\.47 gross financial gain for clients per £1 of funding \(£50,000\.00\)/,
    );
    expect(valuePerPound('*', 10_000)).toMatch(/hidden/);
  });

  it('shares: target and completeness in whole per cent of shown counts', () => {
    const v = view();
    expect(v.timeliness.title).toBe('75% of clients were contacted within the partnership’s target');
    expect(v.completeness.rows.map((r) => r.extra?.[1])).toEqual(['100%', '51%', '90%']);
  });

  it('says £0.00 and "no financial gain" for a period whose closed cases had none (not "hidden")', () => {
    const noGain = exactReport('financial-gain', 'FY2026-27', { total: { counts: { 'clients-with-gain': 0 } } });
    const v = dashboardView(periodReports([noGain], year, [], DEFAULT_SUPPRESSION), undefined);
    expect(v.headline.find((h) => h.key === 'total-gain')?.value).toBe('£0.00');
    expect(v.gain.title).toBe('No financial gain was recorded for cases closed in this period');
  });
});
