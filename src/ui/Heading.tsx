import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';

/** The page heading of a step: focused when the step appears, so screen readers announce it. */
export function StepHeading({ children, caption }: { children: ReactNode; caption?: string }): ReactElement {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="app-step-heading">
      {caption && (
        <span className="nhsuk-caption-l">
          {caption}
          <span className="nhsuk-u-visually-hidden"> - </span>
        </span>
      )}
      {children}
    </h1>
  );
}
