/**
 * Dates and times typed in UK time (Europe/London) as instants, and back: "the appointment is on
 * 3/12/2026 at 14:30" means 14:30 on the wall clocks in London, GMT or BST as the date falls.
 */
export interface LondonParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** From 1996 the UK's summer time has followed one rule (EU harmonised; Summer Time Order 2002). */
const UK_RULE_FROM = Date.UTC(1996, 0, 1);

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when British Summer Time starts or ends. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY_MS;
}

// Intl's time-zone data, for instants before 1996 only: made on first use, as a renderer process's
// first Intl object costs 12–35 ms (its ICU start-up), which the screens' dates never need.
let beforeTheRule: Intl.DateTimeFormat | undefined;

function intlParts(at: Date): LondonParts {
  beforeTheRule ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = beforeTheRule.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/**
 * The London wall-clock reading of an instant: GMT, or BST (UTC+1) from 01:00 UTC on the last
 * Sunday in March to 01:00 UTC on the last Sunday in October, the UK's rule since 1996; Intl's
 * Europe/London data before that. dates.test.ts holds it to Intl every 30 minutes around each
 * change from 1996 to 2100.
 */
export function londonParts(at: Date): LondonParts {
  const t = at.getTime();
  if (!(t >= UK_RULE_FROM)) {
    return intlParts(at);
  }
  const year = at.getUTCFullYear();
  const summer = t >= lastSundayOneAm(year, 2) && t < lastSundayOneAm(year, 9);
  const clock = new Date(summer ? t + HOUR_MS : t);
  return {
    year: clock.getUTCFullYear(),
    month: clock.getUTCMonth() + 1,
    day: clock.getUTCDate(),
    hour: clock.getUTCHours(),
    minute: clock.getUTCMinutes(),
  };
}

function offsetMs(at: number): number {
  const p = londonParts(new Date(at));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(at / 60000) * 60000;
}

/**
 * The instant at which London clocks show this date and time; undefined when there is no such date
 * or time, including a time in the hour the clocks skip when they go forward.
 */
export function londonInstant(parts: LondonParts): Date | undefined {
  const { year, month, day, hour, minute } = parts;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (
    ![year, month, day, hour, minute].every(Number.isInteger) ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59
  ) {
    return undefined;
  }
  const first = wall - offsetMs(wall);
  const at = new Date(wall - offsetMs(first));
  // The hour the clocks skip in spring (01:00–01:59 on the last Sunday in March) is on no London
  // clock: no instant reads as it. In autumn 01:00–01:59 happens twice; this is the second (GMT).
  const shown = londonParts(at);
  return shown.year === year &&
    shown.month === month &&
    shown.day === day &&
    shown.hour === hour &&
    shown.minute === minute
    ? at
    : undefined;
}

/** "14:30" or "9:05" → hours and minutes; undefined when it is not a 24-hour time. */
export function parseTime(text: string): { hour: number; minute: number } | undefined {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!match) {
    return undefined;
  }
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}
