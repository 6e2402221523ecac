import { useEffect, useRef, type ReactElement } from 'react';

export interface FieldError {
  /** id of the element to jump to */
  href: string;
  message: string;
}

/** NHS error summary: focused when it appears, each error links to its field. */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
}: {
  errors: readonly FieldError[];
  title?: string;
}): ReactElement | null {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) {
      ref.current?.focus();
    }
  }, [errors]);
  if (errors.length === 0) {
    return null;
  }
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((e) => (
            <li key={e.href + e.message}>
              <a href={`#${e.href}`}>{e.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
