/**
 * Dates, times and money as people in the UK read them: en-GB, always in Europe/London, one
 * formatter per context (service standard): "1 December 2026" in text, "1 Dec 2026" in tables,
 * "14:05" for times, "£1,411.15" for money.
 */
const ZONE = 'Europe/London';

// Intl's formatters, for the instants the UK rule below does not cover (before 1996). Each made on
// first use: a renderer process's first Intl object costs 12–35 ms (its ICU start-up), so the
// screens' dates do not use Intl at all from 1996 on, and the redirect page never pays it.
const OPTIONS = {
  text: { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE },
  table: { day: 'numeric', month: 'short', year: 'numeric', timeZone: ZONE },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
type Kind = keyof typeof OPTIONS;
const formats: Partial<Record<Kind, Intl.DateTimeFormat>> = {};
let moneyFormatter: Intl.NumberFormat | undefined;

function intlFormat(kind: Kind): Intl.DateTimeFormat {
  return (formats[kind] ??= new Intl.DateTimeFormat('en-GB', OPTIONS[kind]));
}

function moneyFormat(): Intl.NumberFormat {
  return (moneyFormatter ??= new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }));
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** From 1996 the UK's summer time has followed one rule (EU harmonised; Summer Time Order 2002). */
const UK_RULE_FROM = Date.UTC(1996, 0, 1);
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

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when British Summer Time starts or ends. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY_MS;
}

/**
 * London's wall clock at `d`, as a Date whose UTC fields read as London time: GMT, or BST (UTC+1)
 * from 01:00 UTC on the last Sunday in March to 01:00 UTC on the last Sunday in October. Undefined
 * before 1996, when the rule was different (Intl answers those). dates.test.ts holds it to Intl's
 * time-zone data, every 30 minutes around each change from 1996 to 2100.
 */
function londonClock(d: Date): Date | undefined {
  const t = d.getTime();
  if (t < UK_RULE_FROM) {
    return undefined;
  }
  const year = d.getUTCFullYear();
  const summer = t >= lastSundayOneAm(year, 2) && t < lastSundayOneAm(year, 9);
  return new Date(summer ? t + HOUR_MS : t);
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

const WRITE: Record<Kind, (clock: Date) => string> = {
  text: (c) => `${String(c.getUTCDate())} ${MONTH_NAMES[c.getUTCMonth()] ?? ''} ${String(c.getUTCFullYear())}`,
  table: (c) => `${String(c.getUTCDate())} ${MONTHS_SHORT[c.getUTCMonth()] ?? ''} ${String(c.getUTCFullYear())}`,
  time: (c) => `${twoDigits(c.getUTCHours())}:${twoDigits(c.getUTCMinutes())}`,
};

/** `d` in London, in one of the three forms. */
function write(kind: Kind, d: Date): string {
  const clock = londonClock(d);
  return clock ? WRITE[kind](clock) : intlFormat(kind).format(d);
}

/** A FHIR date ("2026-12-01", read as that calendar day) or instant, as a Date; undefined if unreadable. */
export function parseFhirDate(value: string | undefined): Date | undefined {
  if (!value) {
    return undefined;
  }
  // A bare date is a calendar day: noon UTC keeps it on that day in London all year round.
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? undefined : d;
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
  kinds: readonly Kind[],
  value: string | Date | undefined,
  missing: string,
  separator = ' ',
): string {
  const d = toDate(value);
  return d ? kinds.map((kind) => write(kind, d)).join(separator) : missing;
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
