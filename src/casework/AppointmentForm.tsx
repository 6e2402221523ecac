import { useState, type ReactElement } from 'react';
import type { AppointmentMode } from '../../fhir-profiles/src/terminology';
import { CASEWORK } from '../config/casework';
import { Button } from '../ui/Button';
import { DateTimeFields, EMPTY_DATE_TIME } from '../ui/DateTimeFields';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Problem, plainError } from '../ui/Problem';
import { Radios } from '../ui/Radios';
import { readAppointmentDraft, type AppointmentDraft, type AppointmentProblems } from './appointmentForm';
import { ErrorMessage } from '../ui/ErrorMessage';

const MODES: { value: AppointmentMode; label: string }[] = [
  { value: 'FACE', label: 'Face to face' },
  { value: 'PHONE', label: 'By phone' },
  { value: 'VIDEOCONF', label: 'By video' },
];
const LENGTHS = ['30', '45', '60', '90'];

export interface Booking {
  start: Date;
  minutes: number;
  mode: AppointmentMode;
  place: { reference: string; display: string } | undefined;
  description: string;
}

/** Book an appointment: date and time (UK), length, how, where (face to face), what it is for. */
export function AppointmentForm({
  first,
  onBook,
}: {
  first: boolean;
  onBook: (booking: Booking) => Promise<void>;
}): ReactElement {
  const [draft, setDraft] = useState<AppointmentDraft>({
    when: EMPTY_DATE_TIME,
    minutes: '60',
    mode: undefined,
    place: '',
    description: '',
  });
  const [problems, setProblems] = useState<AppointmentProblems>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<AppointmentDraft>): void => {
    setDraft({ ...draft, ...patch });
  };
  const submit = async (): Promise<void> => {
    const read = readAppointmentDraft(draft, new Date());
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems({});
    setBusy(true);
    setFailure(undefined);
    try {
      await onBook({
        start: read.start,
        minutes: read.minutes,
        mode: read.mode,
        place: read.mode === 'FACE' ? CASEWORK.appointmentPlaces.find((p) => p.reference === draft.place) : undefined,
        description: draft.description.trim() || (first ? 'First appointment' : 'Follow-up appointment'),
      });
    } catch (err) {
      setFailure(plainError(err));
    } finally {
      setBusy(false);
    }
  };
  const errors = Object.entries(problems).map(([field, message]) => ({
    href: field === 'appt-when' ? 'appt-when-day' : field,
    message,
  }));
  return (
    <div data-testid="appointment-form">
      <h3>{first ? 'Book the first appointment' : 'Book another appointment'}</h3>
      <ErrorSummary errors={errors} />
      <DateTimeFields
        id="appt-when"
        legend="Date"
        value={draft.when}
        problems={{ date: problems['appt-when'], time: problems['appt-when-time'] }}
        onChange={(when) => {
          set({ when });
        }}
      />
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="appt-length">
          Length
        </label>
        <select
          className="nhsuk-select"
          id="appt-length"
          value={draft.minutes}
          onChange={(e) => {
            set({ minutes: e.target.value });
          }}
        >
          {LENGTHS.map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </select>
      </div>
      <Radios
        id="appt-mode"
        name="appt-mode"
        legend="How will it happen?"
        legendSize="s"
        choices={MODES}
        value={draft.mode}
        error={problems['appt-mode']}
        onChange={(mode) => {
          set({ mode });
        }}
      />
      {draft.mode === 'FACE' && (
        <div className={`nhsuk-form-group${problems['appt-place'] ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor="appt-place">
            Where
          </label>
          <ErrorMessage id="appt-place-error">{problems['appt-place']}</ErrorMessage>
          <select
            className="nhsuk-select app-select-full"
            id="appt-place"
            value={draft.place}
            aria-describedby={problems['appt-place'] ? 'appt-place-error' : undefined}
            onChange={(e) => {
              set({ place: e.target.value });
            }}
          >
            <option value="">Choose a place</option>
            {CASEWORK.appointmentPlaces.map((p) => (
              <option key={p.reference} value={p.reference}>
                {p.display}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="appt-description">
          What it is for (optional, the referrer sees this)
        </label>
        <input
          className="nhsuk-input"
          id="appt-description"
          type="text"
          value={draft.description}
          onChange={(e) => {
            set({ description: e.target.value });
          }}
        />
      </div>
      {failure && <Problem title="The appointment was not booked" message={failure} />}
      <Button
        busy={busy}
        testId="book-appointment"
        onClick={() => {
          void submit();
        }}
      >
        {busy ? 'Booking…' : 'Book appointment'}
      </Button>
    </div>
  );
}
