import { money } from '../domain/dates';
import { WEEKS_IN_YEAR } from '../domain/financial-gain';

export { WEEKS_IN_YEAR };

/*
 * Financial gains the way advice services count them (welfare-domain.md §2): an ongoing award
 * counts its weekly amount × 52, capped at the award's length in weeks; only the additional
 * amount counts (for an increase, the rise, not the new total); arrears and one-off payments are
 * separate one-off amounts. Money is handled in whole pence so sums are exact.
 */

/** £12.34 → 1234 pence; refuses negative, non-finite and sub-penny amounts. */
export function toPence(pounds: number): number {
  if (!Number.isFinite(pounds) || pounds < 0) {
    throw new RangeError('An amount must be zero or more.');
  }
  const pence = Math.round(pounds * 100);
  if (Math.abs(pence - pounds * 100) > 1e-6) {
    throw new RangeError('An amount cannot have fractions of a penny.');
  }
  return pence;
}

export function toPounds(pence: number): number {
  return pence / 100;
}

/** Annualised gain in pence of an ongoing weekly award: weekly × min(52, award weeks). */
export function annualisedPence(weeklyPence: number, awardWeeks?: number): number {
  if (awardWeeks !== undefined && (!Number.isInteger(awardWeeks) || awardWeeks < 1)) {
    throw new RangeError('The award length is a whole number of weeks, at least 1.');
  }
  return weeklyPence * Math.min(WEEKS_IN_YEAR, awardWeeks ?? WEEKS_IN_YEAR);
}

/** The additional weekly amount of an increase: new minus old, never below zero. */
export function additionalWeeklyPence(newWeeklyPence: number, oldWeeklyPence: number): number {
  return Math.max(0, newWeeklyPence - oldWeeklyPence);
}

/** "£1,234.50" for people. */
export function formatPounds(pence: number): string {
  return money(pence / 100);
}
