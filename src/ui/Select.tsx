import type { ReactElement } from 'react';
import { ErrorMessage } from './ErrorMessage';

/** An NHS select with its label: the options are [value, text] pairs (filters on the caseload and the worklist). */
export function Select({
  id,
  label,
  value,
  options,
  onChange,
  className,
  error,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
  /** Extra classes on the form group (e.g. `app-filter`, to sit in a row). */
  className?: string;
  /** A plain message shown above the select (the NHS error pattern). */
  error?: string;
}): ReactElement {
  const group = ['nhsuk-form-group', error ? 'nhsuk-form-group--error' : '', className ?? ''].filter(Boolean);
  return (
    <div className={group.join(' ')}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
      <select
        className={error ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
        id={id}
        aria-describedby={error ? `${id}-error` : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
