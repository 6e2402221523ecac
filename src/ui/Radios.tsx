import { useId, type ReactElement, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface FieldsetProps {
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  legendSize?: 's' | 'm' | 'l';
  children: ReactNode;
  id?: string;
}

/** An NHS fieldset with legend, hint and error message, wired with aria-describedby. */
export function Fieldset({ legend, hint, error, legendSize = 'm', children, id }: FieldsetProps): ReactElement {
  const own = useId();
  const base = id ?? own;
  const describedBy = [hint ? `${base}-hint` : '', error ? `${base}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`} id={id}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${base}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={`${base}-error`}>{error}</ErrorMessage>
        {children}
      </fieldset>
    </div>
  );
}

interface RadiosProps<T extends string> extends Omit<FieldsetProps, 'children'> {
  name: string;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  inline?: boolean;
}

/** Radios with large targets (NHS style): keyboard arrows move between them natively. */
export function Radios<T extends string>({
  name,
  choices,
  value,
  onChange,
  inline,
  ...fieldset
}: RadiosProps<T>): ReactElement {
  const base = useId();
  return (
    <Fieldset {...fieldset}>
      <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
        {choices.map((c, i) => (
          <div className="nhsuk-radios__item" key={c.value}>
            <input
              className="nhsuk-radios__input"
              id={`${base}-${i}`}
              name={name}
              type="radio"
              value={c.value}
              checked={value === c.value}
              onChange={() => {
                onChange(c.value);
              }}
              aria-describedby={c.hint ? `${base}-${i}-hint` : undefined}
            />
            <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${base}-${i}`}>
              {c.label}
            </label>
            {c.hint && (
              <div className="nhsuk-hint nhsuk-radios__hint" id={`${base}-${i}-hint`}>
                {c.hint}
              </div>
            )}
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

interface CheckboxesProps<T extends string> extends Omit<FieldsetProps, 'children'> {
  name: string;
  choices: readonly Choice<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
}

export function Checkboxes<T extends string>({
  name,
  choices,
  values,
  onChange,
  ...fieldset
}: CheckboxesProps<T>): ReactElement {
  const base = useId();
  const toggle = (v: T): void => {
    onChange(values.includes(v) ? values.filter((x) => x !== v) : [...values, v]);
  };
  return (
    <Fieldset {...fieldset}>
      <div className="nhsuk-checkboxes">
        {choices.map((c, i) => (
          <div className="nhsuk-checkboxes__item" key={c.value}>
            <input
              className="nhsuk-checkboxes__input"
              id={`${base}-${i}`}
              name={name}
              type="checkbox"
              value={c.value}
              checked={values.includes(c.value)}
              onChange={() => {
                toggle(c.value);
              }}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${base}-${i}`}>
              {c.label}
            </label>
            {c.hint && <div className="nhsuk-hint nhsuk-checkboxes__hint">{c.hint}</div>}
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
