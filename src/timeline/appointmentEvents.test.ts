import { describe, expect, it } from 'vitest';
import { buildAppointment } from '../domain/appointment';
import { timeline } from './events';

describe('appointments on the referrer’s timeline', () => {
  it('each appointment is one event at its start, read back with its mode and what it is for', () => {
    const appointment = {
      ...buildAppointment({
        referralId: 'ref-03',
        patientId: 'pat-003',
        adviser: 'PractitionerRole/adviser',
        start: new Date('2027-03-16T10:15:00Z'),
        minutes: 60,
        mode: 'VIDEOCONF',
        description: 'First appointment',
      }),
      id: 'appt-1',
    };
    const events = timeline({
      history: { resourceType: 'Bundle', type: 'history' },
      messages: [],
      tasks: [],
      me: 'PractitionerRole/gp',
      names: () => 'Someone',
      appointments: [appointment],
    });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.kind).toBe('appointment');
    expect(event?.at).toBe('2027-03-16T10:15:00.000Z');
    if (event?.kind === 'appointment') {
      expect([event.appointment.id, event.appointment.modeLabel, event.appointment.description]).toEqual([
        'appt-1',
        'By video',
        'First appointment',
      ]);
    }
  });
});
