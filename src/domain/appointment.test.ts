import { describe, expect, it } from 'vitest';
import { PROFILE } from '../../fhir-profiles/src/terminology';
import { buildAppointment, byStart, cancelled, readAppointment, rescheduled } from './appointment';

const base = {
  referralId: 'ref-04',
  patientId: 'pat-004',
  adviser: 'PractitionerRole/adviser',
  start: new Date('2026-12-03T14:30:00Z'),
  minutes: 45,
  description: 'First appointment',
} as const;

describe('appointments', () => {
  it('builds an hjp-appointment and reads it back (build → read)', () => {
    const built = buildAppointment({
      ...base,
      mode: 'FACE',
      place: { reference: 'Location/loc-advice-office', display: 'Advice office, 2 Market Street' },
    });
    expect(built.meta?.profile).toEqual([PROFILE.appointment]);
    expect(built.end).toBe('2026-12-03T15:15:00.000Z');
    expect(built.participant.map((p) => p.actor?.reference)).toEqual([
      'Patient/pat-004',
      'PractitionerRole/adviser',
      'Location/loc-advice-office',
    ]);
    const read = readAppointment({ ...built, id: 'a1' });
    expect(read).toMatchObject({
      id: 'a1',
      mode: 'FACE',
      modeLabel: 'Face to face',
      place: 'Advice office, 2 Market Street',
      status: 'booked',
      referralId: 'ref-04',
      description: 'First appointment',
    });
  });

  it('a phone appointment names no place; face to face without one is refused', () => {
    const phone = buildAppointment({ ...base, mode: 'PHONE', place: { reference: 'Location/x', display: 'x' } });
    expect(phone.participant).toHaveLength(2);
    expect(readAppointment(phone).place).toBeUndefined();
    expect(() => buildAppointment({ ...base, mode: 'FACE' })).toThrow(RangeError);
  });

  it('rescheduling keeps the length; cancelling keeps a reason; sorting is by start', () => {
    const a = buildAppointment({ ...base, mode: 'VIDEOCONF' });
    const moved = rescheduled(a, new Date('2026-12-10T10:00:00Z'));
    expect([moved.start, moved.end]).toEqual(['2026-12-10T10:00:00.000Z', '2026-12-10T10:45:00.000Z']);
    expect(cancelled(a, 'Client unwell')).toMatchObject({
      status: 'cancelled',
      cancelationReason: { text: 'Client unwell' },
    });
    expect(byStart([moved, a]).map((x) => x.start)).toEqual([a.start, moved.start]);
  });
});
