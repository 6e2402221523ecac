import { describe, expect, it } from 'vitest';
import { paths } from '../paths';
import { recentYears, reportPeriod } from './reportPeriod';

const today = new Date('2026-12-01T10:00:00Z');

describe('the report’s period in its URL', () => {
  it('reads a financial year, defaults to the current one and refuses anything else', () => {
    expect(reportPeriod('?period=FY2025-26', today)).toEqual({
      id: 'FY2025-26',
      start: '2025-04-01',
      end: '2026-03-31',
    });
    expect(reportPeriod('', today)?.id).toBe('FY2026-27');
    expect(reportPeriod('?period=Mrs%20Hussain', today)).toBeUndefined();
  });

  it('offers this year and the two before it, each with its own address', () => {
    expect(recentYears(today).map((p) => p.id)).toEqual(['FY2026-27', 'FY2025-26', 'FY2024-25']);
    expect(paths.report('FY2026-27')).toBe('/report?period=FY2026-27');
  });
});
