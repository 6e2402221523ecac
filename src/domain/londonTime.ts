/**
 * Dates and times typed in UK time (Europe/London) as instants, and back: "the appointment is on
 * 3/12/2026 at 14:30" means 14:30 on the wall clocks in London, GMT or BST as the date falls.
 */
const ZONE = 'Europe/London';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface LondonParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The London wall-clock reading of an instant. */
export function londonParts(at: Date): LondonParts {
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(PARTS.formatToParts(at).find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
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
