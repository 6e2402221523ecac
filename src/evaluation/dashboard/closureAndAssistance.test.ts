import { describe, expect, it } from 'vitest';
import { partnershipYear } from '../../../test/support/syntheticReports';
import { financialYearById } from '../periods';
import { DEFAULT_SUPPRESSION } from '../suppression';
import { closureAndAssistanceView } from './closureAndAssistance';
import { partsOf } from './periodChoice';
import { periodReports } from './periodReports';

const year = financialYearById('FY2026-27');
const view = (reports = partnershipYear()) =>
  closureAndAssistanceView(periodReports(reports, year, partsOf(year), DEFAULT_SUPPRESSION).reports, 90);
const values = (rows: readonly { key: string; value: unknown }[]): Record<string, unknown> =>
  Object.fromEntries(rows.map((r) => [r.key, r.value]));

describe('time to closure, assistance and sessions, before and after on the dashboard', () => {
  it('gives time to closure against the partnership’s target, closure defined', () => {
    const { closure } = view();
    expect(closure.title).toBe('80% of cases were closed within the partnership’s target of 90 days');
    expect(closure.summary).toMatch(/^Cases closed: 100; within the target of 90 days: 80 \(80%\)\. Median 47\.5 days/);
    expect(closure.summary).toMatch(/cancelled, rejected and unable-to-contact referrals are not closures/);
  });

  it('gives closed cases by level of assistance and by sessions, small ones hidden with a second cell', () => {
    const { assistance, sessions } = view();
    expect(assistance.title).toBe('Most closed cases were given advice with casework');
    const levels = values(assistance.rows);
    expect(levels).toMatchObject({ 'information-signposting': 10, 'specialist-representation': '*' });
    // 3 and 2 hidden: together 5, from 100 − 10 − 30 − 50 they could be derived only as a sum.
    expect(levels['not-recorded']).toBe('*');
    expect(sessions.title).toBe('Closed cases had a median of 3 sessions of advice');
    expect(sessions.summary).toMatch(/advice sessions in all: 361 sessions; median per closed case: 3 sessions\./);
    expect(values(sessions.rows)['sessions-0']).toBe('*');
  });

  it('says how many had both answers, then the change among them, no count from 1 to 7 shown', () => {
    const { pairs, change } = view();
    expect(pairs.title).toBe('65 of 150 clients who answered financial strain at intake answered again at closing');
    expect(pairs.rows[0]?.extra).toEqual(['150', '75']);
    expect(change.title).toBe('40 of 65 clients with both answers had less financial strain at closing');
    // Worse (5) is hidden, so "the same" (18) is too: improved + same + worse = with both.
    expect(change.rows[0]?.extra).toEqual(['*', '*', '65']);
    const shown = [pairs, change].flatMap((c) => [...c.rows.map((r) => r.value), ...c.rows.flatMap((r) => r.extra)]);
    expect(shown.filter((v) => /^[1-7]$/.test(String(v)))).toEqual([]);
  });

  it('says plainly when a period has no figures for them', () => {
    const v = view([]);
    expect(v.closure.title).toBe('Time from referral to closure');
    expect(v.sessions.title).toBe('Advice sessions per closed case: numbers too small to show');
    expect(v.change.title).toBe('Change from intake to closing: numbers too small to show');
    expect(v.assistance.summary).toMatch(/Closed cases: Not reported/);
  });
});
