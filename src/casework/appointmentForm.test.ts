import { describe, expect, it } from 'vitest';
import { readAppointmentDraft } from './appointmentForm';

const now = new Date('2026-12-01T10:00:00Z');
const draft = {
  when: { day: '3', month: '7', year: '2027', time: '14:30' },
  minutes: '45',
  mode: 'PHONE' as const,
  place: '',
  description: '',
};

describe('the appointment form', () => {
  it('reads the typed date and time as UK time (BST in July)', () => {
    const read = readAppointmentDraft(draft, now);
    expect(read).toEqual({ ok: true, start: new Date('2027-07-03T13:30:00Z'), minutes: 45, mode: 'PHONE' });
  });

  it('says what is missing or wrong, by field', () => {
    expect(readAppointmentDraft({ ...draft, when: { ...draft.when, day: '31', month: '2' } }, now)).toEqual({
      ok: false,
      problems: { 'appt-when': 'Enter a real date, and a time like 14:30.' },
    });
    expect(
      readAppointmentDraft({ ...draft, when: { day: '1', month: '1', year: '2026', time: '9:00' }, mode: 'FACE' }, now),
    ).toEqual({
      ok: false,
      problems: {
        'appt-when': 'The appointment must be today or in the future.',
        'appt-place': 'Choose where the appointment will be.',
      },
    });
    expect(readAppointmentDraft({ ...draft, mode: undefined }, now)).toMatchObject({
      ok: false,
      problems: { 'appt-mode': 'Choose how the appointment will happen.' },
    });
  });
});
