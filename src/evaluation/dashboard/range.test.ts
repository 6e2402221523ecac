import { describe, expect, it } from 'vitest';
import { chosenRange, monthChoices, monthRange, nearestPeriods, rangeLabel, rangePath, type MonthRange } from './range';

const range = (from: string, to: string): MonthRange => {
  const r = monthRange(from, to);
  if (typeof r === 'string') {
    throw new Error(r);
  }
  return r;
};

describe('a custom range of months', () => {
  it('reads the range in the URL, its months in order, the last day of the last month', () => {
    const choice = chosenRange('?from=2026-11&to=2027-02');
    expect(choice.kind).toBe('range');
    const r = choice.kind === 'range' ? choice.range : undefined;
    expect(r?.months.map((m) => m.id)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(r?.period).toEqual({ id: '2026-11-to-2027-02', start: '2026-11-01', end: '2027-02-28' });
    expect(rangeLabel(range('2026-04', '2026-09'))).toBe('April 2026 to September 2026');
    expect(rangeLabel(range('2026-04', '2026-04'))).toBe('April 2026');
    expect(chosenRange(rangePath('2026-04', '2026-09').replace('/dashboard', ''))).toMatchObject({ kind: 'range' });
    expect(chosenRange('?period=FY2026-27')).toEqual({ kind: 'none' });
  });

  it('refuses a bad, reversed or too long range with a plain message', () => {
    expect(chosenRange('?from=2026-13&to=2027-01')).toEqual({
      kind: 'invalid',
      message: 'Choose the first and the last month of the range.',
    });
    expect(chosenRange('?from=2026-04')).toMatchObject({ kind: 'invalid' });
    expect(chosenRange('?from=2026-09&to=2026-04')).toEqual({
      kind: 'invalid',
      message: 'The last month must be the same as the first month or after it.',
    });
    expect(monthRange('2024-04', '2027-03')).toMatchObject({ months: { length: 36 } });
    expect(monthRange('2024-04', '2027-04')).toBe('Choose a range of 36 months (3 years) or less.');
  });

  it('offers the nearest whole periods: the period itself, the quarters it overlaps, else the years', () => {
    expect(nearestPeriods(range('2026-07', '2026-09')).map((p) => p.id)).toEqual(['FY2026-27-Q2']);
    expect(nearestPeriods(range('2026-04', '2027-03')).map((p) => p.id)).toEqual(['FY2026-27']);
    expect(nearestPeriods(range('2026-05', '2026-08')).map((p) => p.id)).toEqual(['FY2026-27-Q1', 'FY2026-27-Q2']);
    expect(nearestPeriods(range('2025-12', '2027-01')).map((p) => p.id)).toEqual(['FY2025-26', 'FY2026-27']);
  });

  it('offers the months of the last three financial years, oldest first', () => {
    const months = monthChoices(new Date('2026-12-01T12:00:00Z'));
    expect(months).toHaveLength(36);
    expect(months[0]).toEqual({ id: '2024-04', label: 'April 2024' });
    expect(months.at(-1)).toEqual({ id: '2027-03', label: 'March 2027' });
  });
});
