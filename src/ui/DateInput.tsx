import { useId, useState, type ReactElement } from 'react';
import { datePartsOf, parseDateParts, type DateField, type DateParts } from '../domain/dateInput';
import { Fieldset } from './Radios';

const FIELDS: readonly { field: DateField; label: string; width: 2 | 4 }[] = [
  { field: 'day', label: 'Day', width: 2 },
  { field: 'month', label: 'Month', width: 2 },
  { field: 'year', label: 'Year', width: 4 },
];

/**
 * The NHS date input (nhsuk-date-input): day, month and year as three number fields, never the
 * browser's date picker (which shows mm/dd/yyyy in some locales). What is typed is read by the pure
 * parseDateParts; a part-typed or impossible date shows its error next to the fields and gives no value.
 */
export function DateInput({
  legend,
  hint = 'For example, 15 3 2027',
  value,
  onChange,
}: {
  legend: string;
  hint?: string;
  /** The FHIR date (YYYY-MM-DD) saved so far, if any. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}): ReactElement {
  const id = useId();
  const [parts, setParts] = useState<DateParts>(() => datePartsOf(value));
  const read = parseDateParts(parts);
  const [touched, setTouched] = useState(false);
  const invalid = touched && read.kind === 'invalid' ? read : undefined;
  const change = (field: DateField, text: string): void => {
    const next = { ...parts, [field]: text };
    setParts(next);
    const result = parseDateParts(next);
    onChange(result.kind === 'date' ? result.value : undefined);
  };
  return (
    <Fieldset legend={legend} legendSize="s" hint={hint} error={invalid?.message} id={`${id}-date`}>
      <div className="nhsuk-date-input">
        {FIELDS.map(({ field, label, width }) => (
          <div className="nhsuk-date-input__item" key={field}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${field}`}>
                {label}
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${
                  invalid?.fields.includes(field) ? ' nhsuk-input--error' : ''
                }`}
                id={`${id}-${field}`}
                name={`${id}-${field}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={parts[field]}
                onChange={(e) => {
                  change(field, e.target.value);
                }}
                onBlur={() => {
                  setTouched(true);
                }}
              />
            </div>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
