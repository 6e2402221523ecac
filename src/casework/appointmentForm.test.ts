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

  it('refuses a time in the hour the clocks skip (28 March 2027, 1am to 2am), saying why', () => {
    const when = { day: '28', month: '3', year: '2027', time: '01:30' };
    expect(readAppointmentDraft({ ...draft, when }, now)).toEqual({
      ok: false,
      problems: {
        'appt-when-time':
          'There is no such time that day: the clocks go forward from 1am to 2am. Enter a time before 1am or from 2am',
      },
    });
    expect(readAppointmentDraft({ ...draft, when: { ...when, time: '02:00' } }, now)).toMatchObject({
      ok: true,
      start: new Date('2027-03-28T01:00:00Z'),
    });
  });

  it('says what is missing or wrong, by field: the NHS date input’s messages, the time on its own', () => {
    expect(readAppointmentDraft({ ...draft, when: { ...draft.when, day: '31', month: '2' } }, now)).toEqual({
      ok: false,
      problems: { 'appt-when': 'Date must be a real date' },
    });
    expect(readAppointmentDraft({ ...draft, when: { ...draft.when, month: '' } }, now)).toEqual({
      ok: false,
      problems: { 'appt-when': 'Date must include a month' },
    });
    expect(readAppointmentDraft({ ...draft, when: { day: '', month: '', year: '', time: '' } }, now)).toEqual({
      ok: false,
      problems: {
        'appt-when': 'Enter the date of the appointment',
        'appt-when-time': 'Enter the time of the appointment',
      },
    });
    expect(readAppointmentDraft({ ...draft, when: { ...draft.when, time: '2.30pm' } }, now)).toEqual({
      ok: false,
      problems: { 'appt-when-time': 'Enter a real time, like 14:30' },
    });
    expect(
      readAppointmentDraft({ ...draft, when: { day: '1', month: '1', year: '2026', time: '9:00' }, mode: 'FACE' }, now),
    ).toEqual({
      ok: false,
      problems: {
        'appt-when': 'Date must be today or in the future',
        'appt-place': 'Choose where the appointment will be.',
      },
    });
    expect(readAppointmentDraft({ ...draft, mode: undefined }, now)).toMatchObject({
      ok: false,
      problems: { 'appt-mode': 'Choose how the appointment will happen.' },
    });
  });

  it('takes today as the UK’s day: just after midnight in London is already the next day', () => {
    const justAfterMidnight = new Date('2027-06-30T23:10:00Z'); // 00:10 on 1 July in London (BST)
    const when = { day: '30', month: '6', year: '2027', time: '23:30' };
    expect(readAppointmentDraft({ ...draft, when }, justAfterMidnight)).toMatchObject({
      problems: { 'appt-when': 'Date must be today or in the future' },
    });
    expect(
      readAppointmentDraft({ ...draft, when: { ...when, day: '1', month: '7' } }, justAfterMidnight),
    ).toMatchObject({ ok: true, start: new Date('2027-07-01T22:30:00Z') });
  });
});
