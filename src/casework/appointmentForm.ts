import type { AppointmentMode } from '../../fhir-profiles/src/terminology';
import { londonDay, parseDateParts } from '../domain/dateInput';
import { londonInstant, parseTime } from '../domain/londonTime';
import type { DateTimeDraft, DateTimeProblems } from '../ui/DateTimeFields';

export interface AppointmentDraft {
  when: DateTimeDraft;
  minutes: string;
  mode: AppointmentMode | undefined;
  place: string;
  description: string;
}

export type AppointmentProblems = Partial<Record<'appt-when' | 'appt-when-time' | 'appt-mode' | 'appt-place', string>>;

const REAL_TIME = 'Enter a real time, like 14:30';
// The date and the time are each real, but together they fall in the hour the clocks skip in spring.
const SKIPPED_HOUR =
  'There is no such time that day: the clocks go forward from 1am to 2am. Enter a time before 1am or from 2am';

/**
 * The typed date (the NHS date input, its messages) and time as an instant in UK time, or the
 * problem with each: the date today or later in the UK, the time a 24-hour time.
 */
export function readWhen(
  when: DateTimeDraft,
  now: Date,
): { ok: true; at: Date } | { ok: false; problems: DateTimeProblems } {
  const problems: DateTimeProblems = {};
  const date = parseDateParts(when, 'Date');
  if (date.kind === 'empty') {
    problems.date = 'Enter the date of the appointment';
  } else if (date.kind === 'invalid') {
    problems.date = date.message;
  } else if (date.value < londonDay(now)) {
    problems.date = 'Date must be today or in the future';
  }
  const time = parseTime(when.time);
  if (!when.time.trim()) {
    problems.time = 'Enter the time of the appointment';
  } else if (!time) {
    problems.time = REAL_TIME;
  }
  if (date.kind !== 'date' || !time || problems.date) {
    return { ok: false, problems };
  }
  const [year = 0, month = 0, day = 0] = date.value.split('-').map(Number);
  const at = londonInstant({ year, month, day, ...time });
  return at ? { ok: true, at } : { ok: false, problems: { time: SKIPPED_HOUR } };
}

/** Checks the booking form: the start instant, mode and (for face to face) place, or problems by field id. */
export function readAppointmentDraft(
  draft: AppointmentDraft,
  now: Date,
): { ok: true; start: Date; minutes: number; mode: AppointmentMode } | { ok: false; problems: AppointmentProblems } {
  const problems: AppointmentProblems = {};
  const when = readWhen(draft.when, now);
  if (!when.ok) {
    if (when.problems.date) {
      problems['appt-when'] = when.problems.date;
    }
    if (when.problems.time) {
      problems['appt-when-time'] = when.problems.time;
    }
  }
  if (!draft.mode) {
    problems['appt-mode'] = 'Choose how the appointment will happen.';
  }
  if (draft.mode === 'FACE' && !draft.place) {
    problems['appt-place'] = 'Choose where the appointment will be.';
  }
  if (!when.ok || !draft.mode || Object.keys(problems).length > 0) {
    return { ok: false, problems };
  }
  const minutes = Number(draft.minutes) || 60;
  return { ok: true, start: when.at, minutes, mode: draft.mode };
}
