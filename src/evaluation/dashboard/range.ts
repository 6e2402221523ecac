import { calendarMonth, financialQuarter, financialYear, periodsWithin, type Period } from '../periods';
import { periodLabel, recentYears } from './periodChoice';

/**
 * A custom range of whole calendar months (pure): chosen in the URL as
 * /dashboard?from=2026-04&to=2026-09, read back (Back and reload keep it), checked with a plain
 * message. The engine reports months, so a range is its months added up (see ../combine.ts).
 */
export const MAX_RANGE_MONTHS = 36;

export interface MonthRange {
  /** The range as a period: id "2026-04-to-2026-09", the first month's first day, the last's last. */
  readonly period: Period;
  readonly months: readonly Period[];
}

export type RangeChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'range'; readonly range: MonthRange }
  | { readonly kind: 'invalid'; readonly message: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number): Period =>
  calendarMonth(`${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}-01`);

/** The range from one month to another (both included), or a plain message saying what is wrong. */
export function monthRange(from: string, to: string): MonthRange | string {
  if (!MONTH.test(from) || !MONTH.test(to)) {
    return 'Choose the first and the last month of the range.';
  }
  const first = monthIndex(from);
  const last = monthIndex(to);
  if (last < first) {
    return 'The last month must be the same as the first month or after it.';
  }
  if (last - first + 1 > MAX_RANGE_MONTHS) {
    return `Choose a range of ${String(MAX_RANGE_MONTHS)} months (3 years) or less.`;
  }
  const months = Array.from({ length: last - first + 1 }, (_, i) => monthAt(first + i));
  const end = months[months.length - 1] ?? monthAt(last);
  return { period: { id: `${from}-to-${to}`, start: `${from}-01`, end: end.end }, months };
}

/** The custom range in the URL: none when it has neither `from` nor `to`. */
export function chosenRange(search: string): RangeChoice {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) {
    return { kind: 'none' };
  }
  const range = monthRange(from ?? '', to ?? '');
  return typeof range === 'string' ? { kind: 'invalid', message: range } : { kind: 'range', range };
}

export function rangePath(from: string, to: string): string {
  return `/dashboard?${new URLSearchParams({ from, to }).toString()}`;
}

/** "April 2026 to September 2026", or "April 2026" for a range of one month. */
export function rangeLabel(range: MonthRange): string {
  const first = range.months[0];
  const last = range.months[range.months.length - 1];
  if (!first || !last) {
    return '';
  }
  return first.id === last.id ? periodLabel(first) : `${periodLabel(first)} to ${periodLabel(last)}`;
}

/**
 * The whole periods the engine reports that are nearest the range: the range itself when it is
 * exactly a month, quarter or financial year; else the quarters it overlaps (up to 4), else the
 * financial years it overlaps.
 */
export function nearestPeriods(range: MonthRange): Period[] {
  const { start, end } = range.period;
  const exact = [calendarMonth(start), financialQuarter(start), financialYear(start)].find(
    (p) => p.start === start && p.end === end,
  );
  if (exact) {
    return [exact];
  }
  const overlapping = (list: Period[]): Period[] =>
    list.filter((p, i) => p.end >= start && p.start <= end && list.findIndex((q) => q.id === p.id) === i);
  const quarters = overlapping(range.months.map((m) => financialQuarter(m.start)));
  return quarters.length <= 4 ? quarters : overlapping(range.months.map((m) => financialYear(m.start)));
}

/** The months offered for a range: those of the last `years` financial years, oldest first. */
export function monthChoices(today: Date, years = 3): { id: string; label: string }[] {
  return recentYears(today, years)
    .reverse()
    .flatMap((y) => periodsWithin(y, 'month'))
    .map((m) => ({ id: m.id, label: periodLabel(m) }));
}
