import { useState, type ReactElement } from 'react';
import type { Appointment } from 'fhir/r4';
import { appointmentStatusLabel, byStart, readAppointment } from '../domain/appointment';
import { dateTimeInText } from '../domain/dates';
import { Button } from '../ui/Button';
import { DateTimeFields, EMPTY_DATE_TIME, type DateTimeDraft, type DateTimeProblems } from '../ui/DateTimeFields';
import { Problem, plainError } from '../ui/Problem';
import { AppointmentForm, type Booking } from './AppointmentForm';
import { readWhen } from './appointmentForm';

/** One booked appointment: move it to another time, or cancel it with a reason. */
function ChangeAppointment({
  appointment,
  onMove,
  onCancel,
}: {
  appointment: Appointment;
  onMove: (start: Date) => Promise<void>;
  onCancel: (reason: string) => Promise<void>;
}): ReactElement {
  const id = appointment.id ?? 'new';
  const [open, setOpen] = useState<'move' | 'cancel' | undefined>();
  const [when, setWhen] = useState<DateTimeDraft>(EMPTY_DATE_TIME);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problems, setProblems] = useState<DateTimeProblems>({});
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      setOpen(undefined);
    } catch (err) {
      setError(plainError(err));
    } finally {
      setBusy(false);
    }
  };
  if (!open) {
    return (
      <div className="nhsuk-button-group">
        <Button
          kind="secondary"
          testId={`move-${id}`}
          onClick={() => {
            setOpen('move');
          }}
        >
          Change the time
        </Button>
        <Button
          kind="secondary"
          testId={`cancel-${id}`}
          onClick={() => {
            setOpen('cancel');
          }}
        >
          Cancel appointment
        </Button>
      </div>
    );
  }
  return (
    <div>
      {open === 'move' ? (
        <DateTimeFields id={`move-when-${id}`} legend="New date" value={when} problems={problems} onChange={setWhen} />
      ) : (
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`cancel-reason-${id}`}>
            Why is it cancelled? (the referrer sees this)
          </label>
          <input
            className="nhsuk-input"
            id={`cancel-reason-${id}`}
            type="text"
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
            }}
          />
        </div>
      )}
      {error && (
        <Problem
          title={open === 'cancel' ? 'The appointment was not cancelled' : 'The appointment was not moved'}
          message={error}
        />
      )}
      <div className="nhsuk-button-group">
        <Button
          busy={busy}
          testId={`confirm-${open}-${id}`}
          onClick={() => {
            if (open === 'cancel') {
              void run(() => onCancel(reason));
              return;
            }
            const read = readWhen(when, new Date());
            setProblems(read.ok ? {} : read.problems);
            if (read.ok) {
              void run(() => onMove(read.at));
            }
          }}
        >
          {open === 'move' ? 'Save the new time' : 'Cancel the appointment'}
        </Button>
        <Button
          kind="secondary"
          onClick={() => {
            setOpen(undefined);
            setError(undefined);
            setProblems({});
          }}
        >
          Keep it as it is
        </Button>
      </div>
    </div>
  );
}

/** The case's appointments, earliest first, and booking the first or the next one. */
export function CaseAppointments({
  appointments,
  canBook,
  onBook,
  onMove,
  onCancel,
}: {
  appointments: readonly Appointment[];
  canBook: boolean;
  onBook: (booking: Booking) => Promise<void>;
  onMove: (appointment: Appointment, start: Date) => Promise<void>;
  onCancel: (appointment: Appointment, reason: string) => Promise<void>;
}): ReactElement {
  const sorted = byStart(appointments);
  return (
    <section aria-labelledby="appointments-heading" data-testid="appointments">
      <h2 id="appointments-heading">Appointments</h2>
      {sorted.length === 0 && <p className="nhsuk-body">No appointments booked yet.</p>}
      <ul className="nhsuk-list app-appointments">
        {sorted.map((a) => {
          const read = readAppointment(a);
          return (
            <li key={a.id} className="nhsuk-card" data-testid={`appointment-${read.id}`}>
              <div className="nhsuk-card__content">
                <h3 className="nhsuk-card__heading nhsuk-heading-s">
                  {dateTimeInText(read.start)} · {read.modeLabel}
                </h3>
                <p className="nhsuk-body-s">
                  {appointmentStatusLabel(read.status)}
                  {read.place ? ` · ${read.place}` : ''} · {read.description}
                  {a.cancelationReason?.text ? ` · Reason: ${a.cancelationReason.text}` : ''}
                </p>
                {canBook && read.status === 'booked' && (
                  <ChangeAppointment
                    appointment={a}
                    onMove={(start) => onMove(a, start)}
                    onCancel={(reason) => onCancel(a, reason)}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {canBook && (
        <AppointmentForm key={sorted.length} first={sorted.every((a) => a.status === 'cancelled')} onBook={onBook} />
      )}
    </section>
  );
}
