/**
 * Dates, times and money as people in the UK read them: en-GB, always in Europe/London, one
 * formatter per context (service standard): "1 December 2026" in text, "1 Dec 2026" in tables,
 * "14:05" for times, "£1,411.15" for money.
 */
import { londonParts, type LondonParts } from './londonTime';

let moneyFormatter: Intl.NumberFormat | undefined;

// Made when money is first shown (adviser screens): a renderer process's first Intl object costs
// 12–35 ms, which the dates (londonParts) do without.
function moneyFormat(): Intl.NumberFormat {
  return (moneyFormatter ??= new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }));
}

/** January to December, as en-GB writes them. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// en-GB's short months, as Intl writes them (CLDR: "Sept").
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const twoDigits = (n: number): string => String(n).padStart(2, '0');

const FORMS = {
  text: (p: LondonParts) => `${String(p.day)} ${MONTH_NAMES[p.month - 1] ?? ''} ${String(p.year)}`,
  table: (p: LondonParts) => `${String(p.day)} ${MONTHS_SHORT[p.month - 1] ?? ''} ${String(p.year)}`,
  time: (p: LondonParts) => `${twoDigits(p.hour)}:${twoDigits(p.minute)}`,
};
type Form = keyof typeof FORMS;

/** A FHIR date ("2026-12-01", read as that calendar day) or instant, as a Date; undefined if unreadable. */
export function parseFhirDate(value: string | undefined): Date | undefined {
  if (!value) {
    return undefined;
  }
  // A bare date is a calendar day: noon UTC keeps it on that day in London all year round.
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * Orders two FHIR dates, dateTimes or instants by the moment they name, earliest first: offsets
 * count ("01:30+01:00" is before "01:10Z"), which comparing the text does not get right, and no
 * locale data is started (localeCompare would start ICU, 12–35 ms in a new renderer). A missing or
 * unreadable value sorts `missing` ('first' or 'last'); two of them are equal.
 */
export function compareTimes(
  a: string | undefined,
  b: string | undefined,
  missing: 'first' | 'last' = 'first',
): number {
  const x = parseFhirDate(a)?.getTime();
  const y = parseFhirDate(b)?.getTime();
  if (x === undefined || y === undefined) {
    if (x === y) {
      return 0;
    }
    return (x === undefined) === (missing === 'first') ? -1 : 1;
  }
  return x - y;
}

/** The latest of some FHIR dateTimes by the moment they name (compareTimes); undefined when none is readable. */
export function latestTime(values: readonly (string | undefined)[]): string | undefined {
  // An unreadable value sorts first, so it is never later than what is already held.
  return values.reduce<string | undefined>((latest, v) => (compareTimes(v, latest) > 0 ? v : latest), undefined);
}

/** The value as a Date, or undefined when there is none or it is not a real time (an invalid Date too). */
function toDate(value: string | Date | undefined): Date | undefined {
  if (typeof value === 'string' || value === undefined) {
    return parseFhirDate(value);
  }
  return Number.isNaN(value.getTime()) ? undefined : value;
}

/** `value` in London in the given forms, joined by `separator`; `missing` when there is no date. */
function formatWith(
  forms: readonly Form[],
  value: string | Date | undefined,
  missing: string,
  separator = ' ',
): string {
  const d = toDate(value);
  if (!d) {
    return missing;
  }
  const clock = londonParts(d);
  return forms.map((form) => FORMS[form](clock)).join(separator);
}

/** "1 December 2026", for running text. */
export function dateInText(value: string | Date | undefined, missing = 'date not recorded'): string {
  return formatWith(['text'], value, missing);
}

/** "1 Dec 2026", for tables. */
export function dateInTable(value: string | Date | undefined, missing = 'Not recorded'): string {
  return formatWith(['table'], value, missing);
}

/** "14:05", UK time. */
export function timeOfDay(value: string | Date | undefined, missing = ''): string {
  return formatWith(['time'], value, missing);
}

/** "1 December 2026, 14:05", for running text. */
export function dateTimeInText(value: string | Date | undefined, missing = 'date not recorded'): string {
  return formatWith(['text', 'time'], value, missing, ', ');
}

/** "1 Dec 2026 14:05", for tables. */
export function dateTimeInTable(value: string | Date | undefined, missing = 'Not recorded'): string {
  return formatWith(['table', 'time'], value, missing);
}

/** "£1,411.15" from pounds. */
export function money(pounds: number): string {
  return moneyFormat().format(pounds);
}

// The banner's three-letter months (NHS common user interface: "12-Sep-1990").
const BANNER_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1990-03-12" → "12-Mar-1990" (NHS common user interface style, for the patient banner). */
export function dateInBanner(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) {
    return isoDate;
  }
  const [, year, month, day] = match;
  return `${day ?? ''}-${BANNER_MONTHS[Number(month) - 1] ?? ''}-${year ?? ''}`;
}
