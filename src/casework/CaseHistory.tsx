import type { ReactElement } from 'react';
import type { Task } from 'fhir/r4';
import { dateTimeInTable } from '../domain/dates';
import { stageLabel, stageOf, statusLabel } from '../domain/labels';
import { TableHead } from '../ui/TableHead';

/** Every saved version of the referral Task, newest first: status, stage and reason, with when and who. */
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
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Changes to this case, newest first</caption>
        <TableHead columns={['When', 'By', 'Status', 'Stage', 'Reason']} />
        <tbody className="nhsuk-table__body">
          {history.map((t) => (
            <tr className="nhsuk-table__row" key={t.meta?.versionId}>
              <td className="nhsuk-table__cell">{dateTimeInTable(t.meta?.lastUpdated ?? t.lastModified)}</td>
              <td className="nhsuk-table__cell">{authors[t.meta?.versionId ?? ''] ?? ''}</td>
              <td className="nhsuk-table__cell">{statusLabel(t.status)}</td>
              <td className="nhsuk-table__cell">{stageLabel(stageOf(t))}</td>
              <td className="nhsuk-table__cell">{t.statusReason?.text ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
