import type { ReactElement } from 'react';

/** An NHS select with its label: the options are [value, text] pairs (filters on the caseload and the worklist). */
export function Select({
  id,
  label,
  value,
  options,
  onChange,
  className,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
  /** Extra classes on the form group (e.g. `app-filter`, to sit in a row). */
  className?: string;
}): ReactElement {
  return (
    <div className={className ? `nhsuk-form-group ${className}` : 'nhsuk-form-group'}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <select
        className="nhsuk-select"
        id={id}
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
