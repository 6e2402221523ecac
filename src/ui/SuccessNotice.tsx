import { useEffect, useRef, type ReactElement } from 'react';

/**
 * What was just saved, said plainly (an NHS inset with a success border): focused when it appears,
 * so keyboard and screen reader users hear it and carry on from there.
 */
export function SuccessNotice({
  text,
  count,
}: {
  text: string;
  /** Changes with each save, so the same text is announced again. */ count: number;
}): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [text, count]);
  return (
    <div className="nhsuk-inset-text app-success" role="status" tabIndex={-1} ref={ref} data-testid="success-notice">
      <span className="nhsuk-u-visually-hidden">Success: </span>
      <p>{text}</p>
    </div>
  );
}
