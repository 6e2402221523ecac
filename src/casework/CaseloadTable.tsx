import type { ReactElement } from 'react';
import type { CaseloadRow } from './caseloadRows';
import { dateInTable } from '../domain/dates';
import { areaLabel, stageLabel, statusLabel } from '../domain/labels';

/** The caseload table: each patient name opens the case (a real button, keyboard reachable). */
export function CaseloadTable({
  rows,
  onOpen,
}: {
  rows: readonly CaseloadRow[];
  onOpen: (taskId: string) => void;
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
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Patient
          </th>
          <th scope="col" className="nhsuk-table__header">
            Areas of law
          </th>
          <th scope="col" className="nhsuk-table__header">
            Urgency
          </th>
          <th scope="col" className="nhsuk-table__header">
            Status
          </th>
          <th scope="col" className="nhsuk-table__header">
            Stage
          </th>
          <th scope="col" className="nhsuk-table__header">
            Referred
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" key={row.taskId} data-testid={`case-row-${row.taskId}`}>
            <td className="nhsuk-table__cell">
              <button
                type="button"
                className="app-link-button app-link-button--flush"
                onClick={() => {
                  onOpen(row.taskId);
                }}
              >
                {row.patientName}
              </button>
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
