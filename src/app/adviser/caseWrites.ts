import type { Appointment, Questionnaire } from 'fhir/r4';
import type { MeasureTimepoint } from '../../../fhir-profiles/src/terminology';
import { addCaseNote, bookAppointment, changeAppointment, sendMessage } from '../../casework/api';
import type { Booking } from '../../casework/AppointmentForm';
import type { CaseRecord } from '../../casework/caseRecord';
import { buildAppointment, cancelled, rescheduled } from '../../domain/appointment';
import { dateTimeInText } from '../../domain/dates';
import type { MeasureAnswer } from '../../domain/measures';
import { patientOfTask } from '../../domain/references';
import type { CaseUser } from '../../domain/taskChange';
import type { FhirGateway } from '../../fhir/gateway';
import { recordMeasure } from '../../outcomes/api';

/**
 * The case screen's writes other than status and closing (which guard the Task's version): each
 * returns the success text the screen shows. The caller refreshes the case afterwards.
 */
export function caseWrites(gateway: FhirGateway, record: CaseRecord, user: CaseUser) {
  return {
    message: async (text: string, id: string): Promise<string> => {
      await sendMessage(gateway, record, user, text, id);
      return 'Message sent to the referrer.';
    },
    note: async (text: string, id: string): Promise<string> => {
      await addCaseNote(gateway, record, user, text, id);
      return 'Case note added. Only your advice service can read it.';
    },
    book: async (booking: Booking): Promise<string> => {
      const appointment = buildAppointment({
        referralId: record.referral?.id ?? '',
        patientId: patientOfTask(record.task),
        adviser: user.reference,
        start: booking.start,
        minutes: booking.minutes,
        mode: booking.mode,
        place: booking.place,
        description: booking.description,
      });
      await bookAppointment(gateway, appointment, crypto.randomUUID());
      return `Appointment booked for ${dateTimeInText(booking.start)}. The referrer can see it on their timeline.`;
    },
    move: async (appointment: Appointment, start: Date): Promise<string> => {
      await changeAppointment(gateway, rescheduled(appointment, start));
      return `Appointment moved to ${dateTimeInText(start)}.`;
    },
    cancel: async (appointment: Appointment, reason: string): Promise<string> => {
      await changeAppointment(gateway, cancelled(appointment, reason));
      return 'Appointment cancelled.';
    },
    measures: async (
      timepoint: MeasureTimepoint,
      answers: ReadonlyMap<Questionnaire, Record<string, MeasureAnswer>>,
    ): Promise<string> => {
      for (const [questionnaire, given] of answers) {
        await recordMeasure(gateway, record, user, {
          questionnaire,
          timepoint,
          answers: given,
          clientId: crypto.randomUUID(),
        });
      }
      return timepoint === 'intake'
        ? 'Measures at first contact recorded.'
        : 'Measures at closing recorded. You can now close the case.';
    },
  };
}
