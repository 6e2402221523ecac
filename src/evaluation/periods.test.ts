import { describe, expect, it } from 'vitest';
import { calendarMonth, financialQuarter, financialYear, financialYearById, periodContains } from './periods';

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
});
