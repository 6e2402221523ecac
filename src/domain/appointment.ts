import type { Appointment } from 'fhir/r4';
import { APPOINTMENT_MODE, EXTENSION, PROFILE, type AppointmentMode } from '../../fhir-profiles/src/terminology';

/** What the adviser books: when (an instant), how long, how (mode), where (a Location when face to face). */
export interface AppointmentInput {
  referralId: string;
  patientId: string;
  /** "PractitionerRole/<id>" of the adviser. */
  adviser: string;
  start: Date;
  minutes: number;
  mode: AppointmentMode;
  /** Required for face to face (profile invariant hjp-appt-3). */
  place?: { reference: string; display: string } | undefined;
  description: string;
}

/** An hjp-appointment: based on the referral, the patient and the adviser taking part, the mode as an extension. */
export function buildAppointment(input: AppointmentInput): Appointment {
  if (input.mode === 'FACE' && !input.place) {
    throw new RangeError('A face-to-face appointment needs a place.');
  }
  const end = new Date(input.start.getTime() + input.minutes * 60_000);
  return {
    resourceType: 'Appointment',
    meta: { profile: [PROFILE.appointment] },
    extension: [
      {
        url: EXTENSION.appointmentMode,
        valueCoding: { system: APPOINTMENT_MODE.system, code: input.mode, display: APPOINTMENT_MODE.codes[input.mode] },
      },
    ],
    status: 'booked',
    basedOn: [{ reference: `ServiceRequest/${input.referralId}` }],
    description: input.description.trim() || 'Advice appointment',
    start: input.start.toISOString(),
    end: end.toISOString(),
    participant: [
      { actor: { reference: `Patient/${input.patientId}` }, status: 'accepted' },
      { actor: { reference: input.adviser }, status: 'accepted' },
      ...(input.mode === 'FACE' && input.place
        ? [{ actor: { reference: input.place.reference, display: input.place.display }, status: 'accepted' as const }]
        : []),
    ],
  };
}

/** Moves an appointment to a new time (same length), or cancels it: the rest stays as booked. */
export function rescheduled(appointment: Appointment, start: Date): Appointment {
  const length = Date.parse(appointment.end ?? '') - Date.parse(appointment.start ?? '');
  const minutes = Number.isFinite(length) && length > 0 ? length : 60 * 60_000;
  return {
    ...appointment,
    status: 'booked',
    start: start.toISOString(),
    end: new Date(start.getTime() + minutes).toISOString(),
  };
}

export function cancelled(appointment: Appointment, reason: string): Appointment {
  return { ...appointment, status: 'cancelled', cancelationReason: { text: reason.trim() || 'Cancelled' } };
}

export interface AppointmentReading {
  id: string;
  start: string | undefined;
  end: string | undefined;
  status: Appointment['status'];
  mode: AppointmentMode | undefined;
  modeLabel: string;
  place: string | undefined;
  description: string;
  referralId: string | undefined;
}

const MODE_WORDS: Record<AppointmentMode, string> = { FACE: 'Face to face', PHONE: 'By phone', VIDEOCONF: 'By video' };

/** Reads an appointment for display (the referrer's timeline and the case). */
export function readAppointment(appointment: Appointment): AppointmentReading {
  const code = appointment.extension?.find((e) => e.url === EXTENSION.appointmentMode)?.valueCoding?.code as
    AppointmentMode | undefined;
  const mode = code && code in MODE_WORDS ? code : undefined;
  const place = appointment.participant.find((p) => p.actor?.reference?.startsWith('Location/'))?.actor?.display;
  return {
    id: appointment.id ?? '',
    start: appointment.start,
    end: appointment.end,
    status: appointment.status,
    mode,
    modeLabel: mode ? MODE_WORDS[mode] : 'Mode not recorded',
    place,
    description: appointment.description ?? 'Advice appointment',
    referralId: appointment.basedOn?.[0]?.reference?.replace(/^ServiceRequest\//, ''),
  };
}

/** Appointments in time order (earliest first). */
export function byStart(appointments: readonly Appointment[]): Appointment[] {
  return [...appointments].sort((a, b) => Date.parse(a.start ?? '') - Date.parse(b.start ?? ''));
}

/** Plain words for an appointment's status. */
export function appointmentStatusLabel(status: Appointment['status']): string {
  const labels: Partial<Record<Appointment['status'], string>> = {
    booked: 'Booked',
    fulfilled: 'Held',
    cancelled: 'Cancelled',
    noshow: 'Did not attend',
    arrived: 'Arrived',
    'checked-in': 'Checked in',
  };
  return labels[status] ?? status;
}
