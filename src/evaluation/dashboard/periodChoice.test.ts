import { describe, expect, it } from 'vitest';
import { financialYearById } from '../periods';
import { choicesWithin, chosenPeriod, partsOf, periodLabel, recentYears } from './periodChoice';

const today = new Date('2026-12-01T10:00:00Z');

describe('the dashboard’s periods', () => {
  it('reads the period from the URL, else the current financial year', () => {
    expect(chosenPeriod('?period=FY2025-26-Q3', today).id).toBe('FY2025-26-Q3');
    expect(chosenPeriod('?period=2026-02', today).end).toBe('2026-02-28');
    expect(chosenPeriod('?period=Mrs%20Hussain', today).id).toBe('FY2026-27');
    expect(chosenPeriod('', today).id).toBe('FY2026-27');
  });

  it('labels periods in words', () => {
    const fy = financialYearById('FY2026-27');
    expect(periodLabel(fy)).toBe('Financial year 2026 to 2027');
    const choices = choicesWithin(fy);
    expect(choices).toHaveLength(17);
    expect(choices[4]).toEqual({ id: 'FY2026-27-Q4', label: 'Q4 2026 to 2027 (January to March 2027)' });
    expect(choices[16]).toEqual({ id: '2027-03', label: 'March 2027' });
    expect(recentYears(today).map((y) => y.id)).toEqual(['FY2026-27', 'FY2025-26', 'FY2024-25']);
  });

  it('shows a year by its quarters and a quarter by its months', () => {
    expect(partsOf(financialYearById('FY2026-27')).map((p) => p.id)).toEqual([
      'FY2026-27-Q1',
      'FY2026-27-Q2',
      'FY2026-27-Q3',
      'FY2026-27-Q4',
    ]);
    expect(partsOf(chosenPeriod('?period=FY2026-27-Q4', today)).map((p) => p.id)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(partsOf(chosenPeriod('?period=2026-11', today))).toEqual([]);
  });
});
