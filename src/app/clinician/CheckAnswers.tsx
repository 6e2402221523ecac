import type { ReactElement } from 'react';
import { Link } from 'wouter';
import { paths } from '../paths';
import type { CheckRow } from './checkRows';

/** "Change" returns to the step with ?return=check, so finishing that step comes back here. */
export const RETURN_TO_CHECK = 'return=check';

/** The NHS summary list of the whole referral, each row with a Change link to its step. */
export function CheckAnswers({ rows }: { rows: readonly CheckRow[] }): ReactElement {
  return (
    <dl className="nhsuk-summary-list" data-testid="check-answers">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">
            {row.lines.length === 1 ? (
              row.lines[0]
            ) : (
              <ul className="nhsuk-list">
                {row.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </dd>
          <dd className="nhsuk-summary-list__actions">
            <Link href={`${paths.step(row.change)}?${RETURN_TO_CHECK}`}>
              Change<span className="nhsuk-u-visually-hidden"> {row.changes}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
