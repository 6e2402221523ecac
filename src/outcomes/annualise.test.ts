import { describe, expect, it } from 'vitest';
import { additionalWeeklyPence, annualisedPence, formatPounds, toPence } from './annualise';

describe('annualised gains', () => {
  it('an ongoing award counts weekly × 52', () => {
    expect(annualisedPence(toPence(92.4))).toBe(480_480); // £92.40 × 52 = £4,804.80
  });

  it('is capped at the award length when the award is shorter than a year', () => {
    expect(annualisedPence(10_000, 26)).toBe(260_000);
    expect(annualisedPence(10_000, 104)).toBe(520_000); // never more than 52 weeks
  });

  it('counts only the additional amount of an increase', () => {
    expect(additionalWeeklyPence(toPence(108.55), toPence(72.65))).toBe(3_590);
    expect(additionalWeeklyPence(5_000, 7_000)).toBe(0);
  });

  it('is exact in pence where floating pounds would drift', () => {
    expect(toPence(0.1) + toPence(0.2)).toBe(30);
    expect(annualisedPence(toPence(19.99))).toBe(103_948);
  });

  it('refuses negative, fractional-penny and nonsense amounts and award lengths', () => {
    expect(() => toPence(-1)).toThrow(RangeError);
    expect(() => toPence(1.005)).toThrow(RangeError);
    expect(() => toPence(Number.NaN)).toThrow(RangeError);
    expect(() => annualisedPence(100, 0)).toThrow(RangeError);
    expect(() => annualisedPence(100, 2.5)).toThrow(RangeError);
  });

  it('formats pounds for people', () => {
    expect(formatPounds(480_480)).toBe('£4,804.80');
  });
});
