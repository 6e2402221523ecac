import type { ReactElement } from 'react';
import { Link } from 'wouter';
import type { CaseloadRow } from './caseloadRows';
import { dateInTable } from '../domain/dates';
import { areaLabel, stageLabel, statusLabel } from '../domain/labels';
import { TableHead } from '../ui/TableHead';

/** The caseload table: each patient name is a link to the case. */
export function CaseloadTable({
  rows,
  hrefFor,
}: {
  rows: readonly CaseloadRow[];
  /** The URL of a case (a real link: it opens in a new tab too). */
  hrefFor: (taskId: string) => string;
}): ReactElement {
  if (rows.length === 0) {
    return (
      <p className="nhsuk-body" data-testid="caseload-empty">
        No cases match these filters.
      </p>
    );
  }
  return (
    <table className="nhsuk-table" data-testid="caseload-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Cases, urgent first, then oldest first</caption>
      <TableHead columns={['Patient', 'Areas of law', 'Urgency', 'Status', 'Stage', 'Referred']} />
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" key={row.taskId} data-testid={`case-row-${row.taskId}`}>
            <td className="nhsuk-table__cell">
              <Link href={hrefFor(row.taskId)}>{row.patientName}</Link>
              {row.nhsNumber && <span className="nhsuk-body-s app-block">NHS number {row.nhsNumber}</span>}
            </td>
            <td className="nhsuk-table__cell">{row.areas.map(areaLabel).join(', ') || 'Not recorded'}</td>
            <td className="nhsuk-table__cell">
              {row.urgent ? <strong className="nhsuk-tag nhsuk-tag--red">Urgent</strong> : 'Routine'}
            </td>
            <td className="nhsuk-table__cell">{statusLabel(row.status)}</td>
            <td className="nhsuk-table__cell">{stageLabel(row.stage)}</td>
            <td className="nhsuk-table__cell">{dateInTable(row.authoredOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
