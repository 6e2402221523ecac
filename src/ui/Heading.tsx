import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';

const APP = 'HJP Link';

/** "Consent to share – Step 3 of 5 – HJP Link": the page title of a screen. */
export function pageTitle(title: string, caption?: string): string {
  return [title, caption === title ? undefined : caption, APP].filter(Boolean).join(' – ');
}

/**
 * The page heading of a screen: sets the page title and is focused when the screen appears, so
 * screen readers announce it (and a route change is heard as one).
 */
export function StepHeading({
  children,
  caption,
  title,
  className = 'app-step-heading',
}: {
  children: ReactNode;
  caption?: string;
  /** The page title's first part, when the heading is not plain text. */
  title?: string;
  /** e.g. a confirmation panel's title class. */
  className?: string;
}): ReactElement {
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    if (text) {
      document.title = pageTitle(text, caption);
    }
  }, [text, caption]);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
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
