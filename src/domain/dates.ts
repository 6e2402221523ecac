/**
 * Dates, times and money as people in the UK read them: en-GB, always in Europe/London, one
 * formatter per context (service standard): "1 December 2026" in text, "1 Dec 2026" in tables,
 * "14:05" for times, "£1,411.15" for money.
 */
const ZONE = 'Europe/London';

// Each made on first use. The page's first Intl formatter costs about 15 ms (the locale and time
// zone data, once per page), which the redirect page spends while its first requests are out
// (prepareDateFormats); the others are then cheap. Money (adviser screens) is made only when shown.
const OPTIONS = {
  text: { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE },
  table: { day: 'numeric', month: 'short', year: 'numeric', timeZone: ZONE },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats: Partial<Record<keyof typeof OPTIONS, Intl.DateTimeFormat>> = {};
let moneyFormatter: Intl.NumberFormat | undefined;

function format(kind: keyof typeof OPTIONS): Intl.DateTimeFormat {
  return (formats[kind] ??= new Intl.DateTimeFormat('en-GB', OPTIONS[kind]));
}

function moneyFormat(): Intl.NumberFormat {
  return (moneyFormatter ??= new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }));
}

/** Makes the tables' formatter now, and with it the locale data every other one needs (the redirect page calls this once its first requests are sent). */
export function prepareDateFormats(): void {
  format('table');
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

function formatWith(format: Intl.DateTimeFormat, value: string | Date | undefined, missing: string): string {
  const d = typeof value === 'string' || value === undefined ? parseFhirDate(value) : value;
  return d ? format.format(d) : missing;
}

/** "1 December 2026", for running text. */
export function dateInText(value: string | Date | undefined, missing = 'date not recorded'): string {
  return formatWith(format('text'), value, missing);
}

/** "1 Dec 2026", for tables. */
export function dateInTable(value: string | Date | undefined, missing = 'Not recorded'): string {
  return formatWith(format('table'), value, missing);
}

/** "14:05", UK time. */
export function timeOfDay(value: string | Date | undefined, missing = ''): string {
  return formatWith(format('time'), value, missing);
}

/** "1 December 2026, 14:05", for running text. */
export function dateTimeInText(value: string | Date | undefined, missing = 'date not recorded'): string {
  const d = typeof value === 'string' || value === undefined ? parseFhirDate(value) : value;
  return d ? `${format('text').format(d)}, ${format('time').format(d)}` : missing;
}

/** "1 Dec 2026 14:05", for tables. */
export function dateTimeInTable(value: string | Date | undefined, missing = 'Not recorded'): string {
  const d = typeof value === 'string' || value === undefined ? parseFhirDate(value) : value;
  return d ? `${format('table').format(d)} ${format('time').format(d)}` : missing;
}

/** "£1,411.15" from pounds. */
export function money(pounds: number): string {
  return moneyFormat().format(pounds);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1990-03-12" → "12-Mar-1990" (NHS common user interface style, for the patient banner). */
export function dateInBanner(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) {
    return isoDate;
  }
  const [, year, month, day] = match;
  return `${day ?? ''}-${MONTHS[Number(month) - 1] ?? ''}-${year ?? ''}`;
}
