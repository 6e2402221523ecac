import type { ReactElement } from 'react';
import type { Task } from 'fhir/r4';
import { dateTimeInTable } from '../domain/dates';
import { stageLabel, stageOf, statusLabel } from '../domain/labels';
import { ResponsiveCell as Cell } from '../ui/ResponsiveCell';
import { TableHead } from '../ui/TableHead';

const COLUMNS = ['When', 'By', 'Status', 'Stage', 'Reason'] as const;

/**
 * Every saved version of the referral Task, newest first: status, stage and reason, with when and
 * who. Responsive: on a narrow screen each change stacks, each value beside its column's name.
 */
export function CaseHistory({
  history,
  authors,
}: {
  history: readonly Task[];
  authors: Readonly<Record<string, string>>;
}): ReactElement {
  return (
    <section aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading">History</h2>
      <table className="nhsuk-table nhsuk-table--responsive" role="table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Changes to this case, newest first</caption>
        <TableHead columns={COLUMNS} responsive />
        <tbody className="nhsuk-table__body">
          {history.map((t) => (
            <tr className="nhsuk-table__row" role="row" key={t.meta?.versionId}>
              <Cell column="When" words>
                {dateTimeInTable(t.meta?.lastUpdated ?? t.lastModified)}
              </Cell>
              <Cell column="By">{authors[t.meta?.versionId ?? ''] ?? 'Not recorded'}</Cell>
              <Cell column="Status" words>
                {statusLabel(t.status)}
              </Cell>
              <Cell column="Stage" words>
                {stageLabel(stageOf(t))}
              </Cell>
              <Cell column="Reason">{t.statusReason?.text ?? 'None given'}</Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
