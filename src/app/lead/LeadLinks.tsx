import type { ReactElement, ReactNode } from 'react';
import { Link } from 'wouter';
import type { Period } from '../../evaluation/periods';
import { paths } from '../paths';

/** The dashboard's links: the funder report of `year` (its link text and a note may say more), About the partnership. */
export function LeadLinks({
  year,
  children,
  note,
}: {
  year: Period;
  children: ReactNode;
  note?: string;
}): ReactElement {
  return (
    <ul className="nhsuk-list" data-testid="lead-links">
      <li>
        <Link href={paths.report(year.id)}>{children}</Link>
        {note && ` ${note}`}
      </li>
      <li>
        <Link href={paths.aboutPartnership}>About the partnership</Link>
      </li>
    </ul>
  );
}
