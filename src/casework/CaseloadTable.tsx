import type { ReactElement, ReactNode } from 'react';
import { NhsNumberLine } from '../ui/NhsNumberLine';
import { ResponsiveCell as Cell } from '../ui/ResponsiveCell';
import { TableHead } from '../ui/TableHead';
import { Link } from 'wouter';
import type { CaseFlag, FlagFacts } from './caseFlags';
import type { CaseloadRow } from './caseloadRows';
import { ownerText } from '../domain/caseOwner';
import { dateInTable } from '../domain/dates';
import { areaLabel, stageLabel, statusLabel } from '../domain/labels';

const COLUMNS = ['Patient', 'Areas of law', 'Urgency', 'Status', 'Stage', 'Case owner', 'Referred'] as const;

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
              {row.nhsNumber && <NhsNumberLine value={row.nhsNumber} />}
              {(flagsOf?.(row.flags) ?? []).map((flag) => (
                <span key={flag.kind} className="app-block app-flag" data-testid={`flag-${flag.kind}`}>
                  <strong>Needs attention:</strong> {flag.text}
                </span>
              ))}
            </Cell>
            <Cell column="Areas of law" words>
              {row.areas.map(areaLabel).join(', ') || 'Not recorded'}
            </Cell>
            <Cell column="Urgency" words>
              {row.urgent ? <strong className="nhsuk-tag nhsuk-tag--red">Urgent</strong> : 'Routine'}
            </Cell>
            <Cell column="Status" words>
              {statusLabel(row.status)}
            </Cell>
            <Cell column="Stage" words>
              {stageLabel(row.stage)}
            </Cell>
            <Cell column="Case owner" words={!row.owner || row.owner.reference === me}>
              {ownerText(row.owner, me)}
            </Cell>
            <Cell column="Referred" words>
              {dateInTable(row.authoredOn)}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
