import type { ReactElement } from 'react';
import { DateFields } from './DateInput';
import { ErrorMessage } from './ErrorMessage';

export interface DateTimeDraft {
  day: string;
  month: string;
  year: string;
  time: string;
}

export const EMPTY_DATE_TIME: DateTimeDraft = { day: '', month: '', year: '', time: '' };

/** What is wrong with a typed date and time, each beside its own field. */
export type DateTimeProblems = Partial<Record<'date' | 'time', string>>;

/**
 * A date and a time in UK time: the NHS date input (day, month, year) and, as its own field after
 * it, a 24-hour time. Ids: `${id}-day` (the date's first field) and `${id}-time`, for an error summary.
 */
export function DateTimeFields({
  id,
  legend,
  value,
  problems,
  onChange,
}: {
  id: string;
  /** The date's legend ("Date", "New date"). */
  legend: string;
  value: DateTimeDraft;
  problems: DateTimeProblems;
  onChange: (v: DateTimeDraft) => void;
}): ReactElement {
  const timeId = `${id}-time`;
  const describedBy = [`${timeId}-hint`, problems.time ? `${timeId}-error` : ''].filter(Boolean).join(' ');
  return (
    <>
      <DateFields
        id={id}
        legend={legend}
        parts={value}
        error={problems.date}
        onChange={(parts) => {
          onChange({ ...value, ...parts });
        }}
      />
      <div className={`nhsuk-form-group${problems.time ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={timeId}>
          Time
        </label>
        <div className="nhsuk-hint" id={`${timeId}-hint`}>
          UK time, 24-hour clock. For example, 14:30
        </div>
        <ErrorMessage id={`${timeId}-error`}>{problems.time}</ErrorMessage>
        <input
          className={`nhsuk-input nhsuk-input--width-5${problems.time ? ' nhsuk-input--error' : ''}`}
          id={timeId}
          name={timeId}
          type="text"
          autoComplete="off"
          value={value.time}
          aria-describedby={describedBy}
          onChange={(e) => {
            onChange({ ...value, time: e.target.value });
          }}
        />
      </div>
    </>
  );
}
