import { parseFhirDate } from './dates';
import { londonParts } from './londonTime';

// Kept apart from dates.ts (which the first screen loads): only the journey's later steps use these.

/** What is typed in the NHS date input's three fields (day, month, year), as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export type DateField = keyof DateParts;

export type DateInputResult =
  { kind: 'empty' } | { kind: 'date'; value: string } | { kind: 'invalid'; message: string; fields: DateField[] };

/** "2026-12-01" → { day: '1', month: '12', year: '2026' } (empty fields for anything else). */
export function datePartsOf(isoDate: string | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (!match) {
    return { day: '', month: '', year: '' };
  }
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/**
 * Reads the NHS date input (day, month and year fields) into a FHIR date, with the NHS design
 * system's error messages: which part is missing, or that it is not a real date. Nothing typed is
 * 'empty' (an optional date left blank). Months may be typed as numbers only (1–12).
 */
export function parseDateParts(parts: DateParts, label = 'Date'): DateInputResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) {
    return { kind: 'empty' };
  }
  const missing = (['day', 'month', 'year'] as const).filter((f) => !{ day, month, year }[f]);
  if (missing.length > 0) {
    const words =
      missing.length === 1
        ? `a ${missing[0] ?? ''}`
        : `a ${missing.slice(0, -1).join(', a ')} and a ${missing.at(-1) ?? ''}`;
    return { kind: 'invalid', message: `${label} must include ${words}`, fields: missing };
  }
  const wrong: DateField[] = [];
  if (!/^\d{1,2}$/.test(day)) {
    wrong.push('day');
  }
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) {
    wrong.push('month');
  }
  if (!/^\d{4}$/.test(year)) {
    wrong.push('year');
  }
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (wrong.length === 0 && (d < 1 || d > daysInMonth)) {
    wrong.push('day');
  }
  if (wrong.length > 0) {
    return {
      kind: 'invalid',
      message:
        wrong.includes('year') && wrong.length === 1 ? 'Year must include 4 numbers' : `${label} must be a real date`,
      fields: wrong,
    };
  }
  return { kind: 'date', value: fhirDate(y, m, d) };
}

/** A calendar day as a FHIR date (YYYY-MM-DD). */
function fhirDate(year: number, month: number, day: number): string {
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day it is in the UK at `at`, as a FHIR date (YYYY-MM-DD). */
export function londonDay(at: Date): string {
  const { year, month, day } = londonParts(at);
  return fhirDate(year, month, day);
}

/**
 * The calendar day `days` days after `from`'s day in the UK (the partnership's target date), as
 * noon UTC of that day; the clocks changing in between does not move it.
 */
export function daysAfter(from: string | Date | undefined, days: number): Date | undefined {
  const d = typeof from === 'string' || from === undefined ? parseFhirDate(from) : from;
  if (!d) {
    return undefined;
  }
  const { year, month, day } = londonParts(d);
  return new Date(Date.UTC(year, month - 1, day + days, 12));
}
