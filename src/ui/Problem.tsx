import type { ReactElement, ReactNode } from 'react';
import { isFhirError } from '../fhir/errors';

/** The plain sentence for any failure: FhirError's own words, or a safe general one. */
export function plainError(err: unknown): string {
  if (isFhirError(err)) {
    return err.plainMessage;
  }
  return 'Something went wrong. Nothing has been changed. Try again, or open HJP Link again from the patient record.';
}

/** A warning callout with a plain message and an optional action (e.g. Try again). */
export function Problem({
  title,
  message,
  children,
  id,
  announce = true,
}: {
  title: string;
  message: string;
  children?: ReactNode;
  /** For an error summary's link to it. */
  id?: string;
  /** false when an error summary above already announces it (one alert, not two). */
  announce?: boolean;
}): ReactElement {
  return (
    <div className="nhsuk-warning-callout" role={announce ? 'alert' : undefined} id={id} data-testid="problem">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {title}
        </span>
      </h2>
      <p>{message}</p>
      {children}
    </div>
  );
}
