import type { ReactElement, ReactNode } from 'react';

/**
 * The NHS error message above a field: "Error:" for screen readers, then the message. Its id is the
 * one the field's `aria-describedby` names. Nothing when there is no message.
 */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }): ReactElement | null {
  if (children === undefined || children === null || children === false || children === '') {
    return null;
  }
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {children}
    </span>
  );
}
