import type { ReactElement, ReactNode } from 'react';
import { TableHead } from '../ui/TableHead';
import { Link } from 'wouter';
import type { CaseFlag, FlagFacts } from './caseFlags';
import type { CaseloadRow } from './caseloadRows';
import { ownerText } from '../domain/caseOwner';
import { dateInTable } from '../domain/dates';
import { areaLabel, stageLabel, statusLabel } from '../domain/labels';

const COLUMNS = ['Patient', 'Areas of law', 'Urgency', 'Status', 'Stage', 'Case owner', 'Referred'] as const;

/** A cell of the responsive NHS table: on narrow screens each row stacks, its column name shown beside the value. */
function Cell({ column, children }: { column: (typeof COLUMNS)[number]; children: ReactNode }): ReactElement {
  return (
    <td className="nhsuk-table__cell" role="cell">
      <span className="nhsuk-table-responsive__heading nhsuk-table__heading" aria-hidden="true">
        {column}{' '}
      </span>
      <span>{children}</span>
    </td>
  );
}

/** The caseload table: each patient name is a link to the case (it opens in a new tab too). */
export function CaseloadTable({
  rows,
  hrefFor,
  me,
  flagsOf,
  empty,
}: {
  rows: readonly CaseloadRow[];
  /** The URL of a case (a real link: it opens in a new tab too). */
  hrefFor: (taskId: string) => string;
  /** The signed-in adviser (their cases say "Assigned to you"). */
  me?: string | undefined;
  /** The flags of a row, with their reasons (src/casework/caseFlags.ts). */
  flagsOf?: (facts: FlagFacts) => CaseFlag[];
  /** What to say when nothing matches. */
  empty?: ReactNode;
}): ReactElement {
  if (rows.length === 0) {
    return (
      <div data-testid="caseload-empty">
        <p className="nhsuk-body">No cases match these filters.</p>
        {empty}
      </div>
    );
  }
  return (
    <table
      className="nhsuk-table nhsuk-table--responsive nhsuk-table-responsive"
      role="table"
      data-testid="caseload-table"
    >
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Cases, urgent first, then oldest first</caption>
      <TableHead columns={COLUMNS} responsive />
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={row.taskId} data-testid={`case-row-${row.taskId}`}>
            <Cell column="Patient">
              <Link href={hrefFor(row.taskId)}>{row.patientName}</Link>
              {row.nhsNumber && <span className="nhsuk-body-s app-block">NHS number {row.nhsNumber}</span>}
              {(flagsOf?.(row.flags) ?? []).map((flag) => (
                <span key={flag.kind} className="app-block app-flag" data-testid={`flag-${flag.kind}`}>
                  <strong>Needs attention:</strong> {flag.text}
                </span>
              ))}
            </Cell>
            <Cell column="Areas of law">{row.areas.map(areaLabel).join(', ') || 'Not recorded'}</Cell>
            <Cell column="Urgency">
              {row.urgent ? <strong className="nhsuk-tag nhsuk-tag--red">Urgent</strong> : 'Routine'}
            </Cell>
            <Cell column="Status">{statusLabel(row.status)}</Cell>
            <Cell column="Stage">{stageLabel(row.stage)}</Cell>
            <Cell column="Case owner">{ownerText(row.owner, me)}</Cell>
            <Cell column="Referred">{dateInTable(row.authoredOn)}</Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
