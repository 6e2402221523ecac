import { useId, useState, type ReactElement } from 'react';
import { datePartsOf, parseDateParts, type DateField, type DateInputResult, type DateParts } from '../domain/dateInput';
import { Fieldset } from './Radios';

const FIELDS: readonly { field: DateField; label: string; width: 2 | 4 }[] = [
  { field: 'day', label: 'Day', width: 2 },
  { field: 'month', label: 'Month', width: 2 },
  { field: 'year', label: 'Year', width: 4 },
];

/**
 * The NHS date input's three fields (day, month, year), as typed (controlled). With an error, the
 * fields the typed date gets wrong are marked (all three when the date is whole but not allowed).
 * The fields' ids are `${id}-day`, `${id}-month` and `${id}-year`: an error summary links to the first.
 */
export function DateFields({
  id,
  legend,
  hint = 'For example, 15 3 2027',
  label = 'Date',
  parts,
  error,
  onChange,
  onBlur,
}: {
  id: string;
  legend: string;
  hint?: string;
  /** What the date is called in its messages ("Due date must be a real date"). */
  label?: string;
  parts: DateParts;
  error: string | undefined;
  onChange: (parts: DateParts) => void;
  onBlur?: () => void;
}): ReactElement {
  const read = parseDateParts(parts, label);
  const marked = (field: DateField): boolean =>
    error !== undefined && (read.kind !== 'invalid' || read.fields.includes(field));
  return (
    <Fieldset legend={legend} legendSize="s" hint={hint} error={error} id={`${id}-date`}>
      <div className="nhsuk-date-input">
        {FIELDS.map(({ field, label: fieldLabel, width }) => (
          <div className="nhsuk-date-input__item" key={field}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${field}`}>
                {fieldLabel}
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${
                  marked(field) ? ' nhsuk-input--error' : ''
                }`}
                id={`${id}-${field}`}
                name={`${id}-${field}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={parts[field]}
                onChange={(e) => {
                  onChange({ ...parts, [field]: e.target.value });
                }}
                onBlur={onBlur}
              />
            </div>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

/**
 * The NHS date input (nhsuk-date-input): day, month and year as three number fields, never the
 * browser's date picker (which shows mm/dd/yyyy in some locales). What is typed is read by the pure
 * parseDateParts; a part-typed or impossible date shows its error next to the fields and gives no value.
 * A form that checks the date itself on submit passes its message as `error` (shown instead) and
 * links its error summary to `${id}-day`, the first field.
 */
export function DateInput({
  id,
  legend,
  hint,
  label = 'Date',
  value,
  error,
  onChange,
}: {
  /** The fields' ids are `${id}-day`, `${id}-month` and `${id}-year` (a generated id if omitted). */
  id?: string;
  legend: string;
  hint?: string;
  /** What the date is called in its messages ("Due date must be a real date"). */
  label?: string;
  /** The FHIR date (YYYY-MM-DD) saved so far, if any. */
  value: string | undefined;
  /** The form's own message for this date, after a submit. */
  error?: string | undefined;
  onChange: (value: string | undefined, read: DateInputResult) => void;
}): ReactElement {
  const own = useId();
  const [parts, setParts] = useState<DateParts>(() => datePartsOf(value));
  const [touched, setTouched] = useState(false);
  const read = parseDateParts(parts, label);
  return (
    <DateFields
      id={id ?? own}
      legend={legend}
      {...(hint === undefined ? {} : { hint })}
      label={label}
      parts={parts}
      error={error ?? (touched && read.kind === 'invalid' ? read.message : undefined)}
      onChange={(next) => {
        setParts(next);
        const result = parseDateParts(next, label);
        onChange(result.kind === 'date' ? result.value : undefined, result);
      }}
      onBlur={() => {
        setTouched(true);
      }}
    />
  );
}
