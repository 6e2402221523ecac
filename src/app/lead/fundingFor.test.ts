import { describe, expect, it } from 'vitest';
import { fundingFor } from './fundingFor';

describe('funding per period', () => {
  it('finds the period’s funding in the partnership configuration, in either shape, or none', () => {
    expect(fundingFor('FY2026-27', {})).toBeUndefined();
    expect(fundingFor('FY2026-27', { funding: [{ period: 'FY2026-27', amount: 40_000 }] })).toBe(40_000);
    expect(fundingFor('FY2026-27', { funding: { 'FY2026-27': 38_500 } })).toBe(38_500);
    expect(fundingFor('FY2025-26', { funding: { 'FY2026-27': 38_500 } })).toBeUndefined();
  });
});
