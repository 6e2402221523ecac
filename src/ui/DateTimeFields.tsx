import type { ReactElement } from 'react';

export interface DateTimeDraft {
  day: string;
  month: string;
  year: string;
  time: string;
}

export const EMPTY_DATE_TIME: DateTimeDraft = { day: '', month: '', year: '', time: '' };

function Part({
  id,
  label,
  value,
  width,
  invalid,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  width: 2 | 4;
  invalid: boolean;
  onChange: (v: string) => void;
}): ReactElement {
  return (
    <div className="nhsuk-date-input__item">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-date-input__label" htmlFor={id}>
          {label}
        </label>
        <input
          className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${String(width)}${invalid ? ' nhsuk-input--error' : ''}`}
          id={id}
          type="text"
          inputMode="numeric"
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      </div>
    </div>
  );
}

/** The NHS date input (day, month, year) and a 24-hour time, in UK time. */
export function DateTimeFields({
  id,
  legend,
  value,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  value: DateTimeDraft;
  error: string | undefined;
  onChange: (v: DateTimeDraft) => void;
}): ReactElement {
  const set = (patch: Partial<DateTimeDraft>): void => {
    onChange({ ...value, ...patch });
  };
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          For example, 15 3 2027 and 14:30 (UK time)
        </div>
        {error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className="nhsuk-date-input" id={id}>
          <Part
            id={`${id}-day`}
            label="Day"
            value={value.day}
            width={2}
            invalid={!!error}
            onChange={(day) => {
              set({ day });
            }}
          />
          <Part
            id={`${id}-month`}
            label="Month"
            value={value.month}
            width={2}
            invalid={!!error}
            onChange={(month) => {
              set({ month });
            }}
          />
          <Part
            id={`${id}-year`}
            label="Year"
            value={value.year}
            width={4}
            invalid={!!error}
            onChange={(year) => {
              set({ year });
            }}
          />
          <Part
            id={`${id}-time`}
            label="Time"
            value={value.time}
            width={4}
            invalid={!!error}
            onChange={(time) => {
              set({ time });
            }}
          />
        </div>
      </fieldset>
    </div>
  );
}
