import type { AppointmentMode } from '../../fhir-profiles/src/terminology';
import { londonInstant, parseTime } from '../domain/londonTime';
import type { DateTimeDraft } from '../ui/DateTimeFields';

export interface AppointmentDraft {
  when: DateTimeDraft;
  minutes: string;
  mode: AppointmentMode | undefined;
  place: string;
  description: string;
}

export type AppointmentProblems = Partial<Record<'appt-when' | 'appt-mode' | 'appt-place', string>>;

/** The typed date and time as an instant (UK time), or the problem to show. */
export function readWhen(when: DateTimeDraft, now: Date): { ok: true; at: Date } | { ok: false; message: string } {
  const time = parseTime(when.time);
  const [day, month, year] = [when.day, when.month, when.year].map((v) => Number(v.trim()));
  if (!when.day.trim() || !when.month.trim() || !when.year.trim() || !when.time.trim()) {
    return { ok: false, message: 'Enter the date and time of the appointment.' };
  }
  const at =
    time && year !== undefined && month !== undefined && day !== undefined
      ? londonInstant({ year, month, day, ...time })
      : undefined;
  if (!at || (year ?? 0) < 2000) {
    return { ok: false, message: 'Enter a real date, and a time like 14:30.' };
  }
  if (at.getTime() < now.getTime() - 24 * 60 * 60_000) {
    return { ok: false, message: 'The appointment must be today or in the future.' };
  }
  return { ok: true, at };
}

/** Checks the booking form: the start instant, mode and (for face to face) place, or problems by field id. */
export function readAppointmentDraft(
  draft: AppointmentDraft,
  now: Date,
): { ok: true; start: Date; minutes: number; mode: AppointmentMode } | { ok: false; problems: AppointmentProblems } {
  const problems: AppointmentProblems = {};
  const when = readWhen(draft.when, now);
  if (!when.ok) {
    problems['appt-when'] = when.message;
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
