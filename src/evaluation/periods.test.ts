import { describe, expect, it } from 'vitest';
import {
  calendarMonth,
  financialQuarter,
  financialYear,
  financialYearById,
  grainOfId,
  periodById,
  periodContains,
  periodOf,
  periodsWithin,
} from './periods';

describe('reporting periods', () => {
  it('puts 1 April in the new financial year and 31 March in the old one', () => {
    expect(financialYear('2026-04-01')).toEqual({ id: 'FY2026-27', start: '2026-04-01', end: '2027-03-31' });
    expect(financialYear('2026-03-31T23:00:00Z').id).toBe('FY2025-26');
    expect(financialYearById('FY2026-27')).toEqual(financialYear('2026-12-01'));
  });

  it('numbers quarters from April', () => {
    expect(financialQuarter('2026-05-10')).toEqual({ id: 'FY2026-27-Q1', start: '2026-04-01', end: '2026-06-30' });
    expect(financialQuarter('2027-02-28')).toEqual({ id: 'FY2026-27-Q4', start: '2027-01-01', end: '2027-03-31' });
  });

  it('knows month ends, leap years included', () => {
    expect(calendarMonth('2028-02-03')).toEqual({ id: '2028-02', start: '2028-02-01', end: '2028-02-29' });
    expect(periodContains(calendarMonth('2028-02-03'), '2028-02-29T10:00:00Z')).toBe(true);
    expect(periodContains(calendarMonth('2028-02-03'), '2028-03-01')).toBe(false);
  });

  it('refuses what is not a date', () => {
    expect(() => financialYear('27/11/2026')).toThrow(RangeError);
  });

  it('reads period ids back, and refuses ids that are not periods', () => {
    expect(periodById('FY2026-27-Q4')).toEqual(financialQuarter('2027-01-15'));
    expect(periodById('FY2026-27-Q2')).toEqual(financialQuarter('2026-08-15'));
    expect(periodById('2026-11')).toEqual(calendarMonth('2026-11-30'));
    expect(periodById('FY2026-27')).toEqual(financialYear('2026-04-01'));
    expect(['FY2026-28', '2026-13', 'FY2026-27-Q5', 'all'].map(periodById)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(grainOfId('FY2026-27-Q1')).toBe('quarter');
    expect(periodOf('month', '2027-03-31').id).toBe('2027-03');
  });

  it('lists the quarters and months of a financial year, April first', () => {
    const fy = financialYearById('FY2026-27');
    expect(periodsWithin(fy, 'quarter').map((p) => p.id)).toEqual([
      'FY2026-27-Q1',
      'FY2026-27-Q2',
      'FY2026-27-Q3',
      'FY2026-27-Q4',
    ]);
    const months = periodsWithin(fy, 'month').map((p) => p.id);
    expect([months.length, months[0], months[8], months[11]]).toEqual([12, '2026-04', '2026-12', '2027-03']);
  });
});
