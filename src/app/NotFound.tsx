import type { ReactElement } from 'react';
import { Link } from 'wouter';
import { StepHeading } from '../ui/Heading';

/** An address HJP Link does not have (an old bookmark, a mistyped link). */
export function NotFound(): ReactElement {
  return (
    <>
      <StepHeading>Page not found</StepHeading>
      <p className="nhsuk-body">
        This address is not part of HJP Link. <Link href="/">Go to the start</Link>.
      </p>
    </>
  );
}
