import type { ReactElement } from 'react';
import { NhsNumberLine } from '../ui/NhsNumberLine';
import { ResponsiveCell as Cell } from '../ui/ResponsiveCell';
import { TableHead } from '../ui/TableHead';
import { Link } from 'wouter';
import { dateInTable } from '../domain/dates';
import { stageText, statusLabel } from '../domain/labels';
import type { WorklistRow } from './worklist';

const COLUMNS = ['Patient', 'Sent', 'Status', 'Needs your attention'] as const;

function Attention({ row }: { row: WorklistRow }): ReactElement {
  const tags: ReactElement[] = [];
  for (const due of row.evidenceDue) {
    tags.push(
      <strong
        key={`evidence-${due ?? ''}-${String(tags.length)}`}
        className="nhsuk-tag nhsuk-tag--orange"
        data-testid="attention-evidence"
      >
        Medical evidence requested, due {dateInTable(due, 'no date')}
      </strong>,
    );
  }
  if (row.unread > 0) {
    tags.push(
      <strong key="messages" className="nhsuk-tag nhsuk-tag--blue" data-testid="unread-count">
        {row.unread} new {row.unread === 1 ? 'message' : 'messages'}
      </strong>,
    );
  }
  if (row.status === 'rejected') {
    tags.push(
      <strong key="rejected" className="nhsuk-tag nhsuk-tag--red">
        Not accepted
      </strong>,
    );
  }
  if (row.status === 'completed') {
    tags.push(
      <strong key="outcome" className="nhsuk-tag nhsuk-tag--green">
        Outcome recorded
      </strong>,
    );
  }
  return tags.length > 0 ? <span className="app-worklist-tags">{tags}</span> : <>Nothing</>;
}

/** The practice's referrals, what needs attention first; each patient's name links to the referral. */
export function WorklistTable({
  rows,
  hrefFor,
}: {
  rows: readonly WorklistRow[];
  /** The URL of one referral's timeline (a real link: it opens in a new tab too). */
  hrefFor: (serviceRequestId: string) => string;
}): ReactElement {
  if (rows.length === 0) {
    return (
      <p className="nhsuk-body" data-testid="worklist-empty">
        No referrals match these filters.
      </p>
    );
  }
  return (
    <table role="table" className="nhsuk-table nhsuk-table--responsive" data-testid="worklist-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
        Referrals made by you and your organisation, those needing your attention first
      </caption>
      <TableHead columns={COLUMNS} responsive />
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr
            role="row"
            className="nhsuk-table__row"
            key={row.taskId}
            data-testid={`worklist-row-${row.serviceRequestId}`}
          >
            <Cell column="Patient">
              <Link href={hrefFor(row.serviceRequestId)}>{row.patientName}</Link>
              {row.nhsNumber && <NhsNumberLine value={row.nhsNumber} />}
              {!row.mine && <span className="nhsuk-body-s app-block">Referred by a colleague</span>}
            </Cell>
            <Cell column="Sent" words>
              {dateInTable(row.sentOn)}
              {row.urgent && <strong className="nhsuk-tag nhsuk-tag--red app-block">Urgent</strong>}
            </Cell>
            <Cell column="Status" words>
              {statusLabel(row.status, 'referrer')}
              {stageText(row.task) && <span className="nhsuk-u-secondary-text-color"> – {stageText(row.task)}</span>}
            </Cell>
            <Cell column="Needs your attention" words>
              <Attention row={row} />
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
