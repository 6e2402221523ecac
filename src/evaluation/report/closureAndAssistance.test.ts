import { describe, expect, it } from 'vitest';
import { exactReport, partnershipYear } from '../../../test/support/syntheticReports';
import { buildMeasureReport, type MeasureRow } from '../measure-report';
import { financialYearById } from '../periods';
import { DEFAULT_SUPPRESSION, SUPPRESSED } from '../suppression';
import { closureAndAssistanceFigures } from './closureAndAssistance';

const figures = (reports = partnershipYear()) => closureAndAssistanceFigures(reports, 'FY2026-27', DEFAULT_SUPPRESSION);

describe('the funder report’s closure, assistance and before-and-after figures', () => {
  it('puts exact reports through the engine’s rule: rounded, small ones and their giveaways hidden', () => {
    const f = figures();
    expect(f.closure).toEqual({ closed: 100, withinTarget: 80, medianDays: 47.5, p90Days: 120 });
    expect(f.assistance?.levels.map((l) => [l.key, l.count])).toEqual([
      ['information-signposting', 10],
      ['advice', 30],
      ['advice-with-casework', 50],
      ['specialist-representation', SUPPRESSED],
      ['not-recorded', SUPPRESSED],
    ]);
    expect(f.assistance).toMatchObject({ closed: 100, medianSessions: 3, totalSessions: 361 });
    expect(f.beforeAfter?.[0]).toEqual({
      group: 'financial-strain',
      label: 'Financial strain (how hard it is to pay for the basics)',
      intake: 150,
      closing: 75,
      both: 65,
      improved: 40,
      same: SUPPRESSED,
      worse: SUPPRESSED,
    });
  });

  it('hides the median when the closed cases behind it are few, and says nothing for a measure not computed', () => {
    const few = exactReport('time-to-closure', 'FY2026-27', {
      'days-to-closure': { counts: { 'measure-population': 4, 'within-target': 4 }, score: 12 },
      'days-to-closure-p90': { counts: { 'measure-population': 4 }, score: 20 },
    });
    const f = figures([few]);
    expect(f.closure).toEqual({
      closed: SUPPRESSED,
      withinTarget: SUPPRESSED,
      medianDays: SUPPRESSED,
      p90Days: SUPPRESSED,
    });
    expect(f.assistance).toBeUndefined();
    expect(f.beforeAfter).toBeUndefined();
  });

  it('refuses a report suppressed under another rule rather than show it', () => {
    const year = financialYearById('FY2026-27');
    const rows: MeasureRow[] = [
      {
        group_code: 'days-to-closure',
        period_start: year.start,
        stratifier: null,
        stratum: null,
        population: 'measure-population',
        count: 40,
        score: 10,
      },
    ];
    const other = buildMeasureReport(
      {
        measure: 'time-to-closure',
        period: year,
        computedAt: '2026-12-01T00:00:00Z',
        rule: { threshold: 10, rounding: 10 },
      },
      rows,
    );
    expect(figures([other]).closure).toBeUndefined();
  });
});
