import type { ReactElement } from 'react';
import { TableHead } from '../../ui/TableHead';
import { money } from '../../domain/dates';
import { SUPPRESSED, type Shown } from '../suppression';

const WHOLE = new Intl.NumberFormat('en-GB');

/** A count as the report shows it: "*" when hidden by the small-number rule. */
export function countText(count: Shown): string {
  return count === SUPPRESSED ? SUPPRESSED : WHOLE.format(count);
}

export function Count({ count }: { count: Shown }): ReactElement {
  return (
    <td className="nhsuk-table__cell app-report-num" data-count={String(count)}>
      {countText(count)}
    </td>
  );
}

export function Amount({ pounds }: { pounds: number | typeof SUPPRESSED | undefined }): ReactElement {
  let text = 'Not reported';
  if (pounds === SUPPRESSED) {
    text = SUPPRESSED;
  } else if (pounds !== undefined) {
    text = money(pounds);
  }
  return <td className="nhsuk-table__cell app-report-num">{text}</td>;
}

/** A two-column table of labelled counts, numbers right-aligned. */
export function CountTable({
  caption,
  rows,
  label = 'Measure',
}: {
  caption: string;
  rows: readonly { key: string; label: string; count: Shown }[];
  label?: string;
}): ReactElement {
  return (
    <table className="nhsuk-table app-report-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <TableHead columns={[label, 'Count']} numericFrom={1} numericClass="app-report-num" />
      <tbody className="nhsuk-table__body">
        {rows.length === 0 && (
          <tr className="nhsuk-table__row">
            <td className="nhsuk-table__cell" colSpan={2}>
              None recorded in this period.
            </td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.key} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header app-report-rowhead">
              {row.label}
            </th>
            <Count count={row.count} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Days with their unit, so a number of days is never read as a count. */
export function daysText(days: number | typeof SUPPRESSED | undefined): string {
  if (days === undefined) {
    return 'Not reported';
  }
  return days === SUPPRESSED
    ? SUPPRESSED
    : `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(days)} days`;
}
