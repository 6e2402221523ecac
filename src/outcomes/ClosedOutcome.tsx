import type { ReactElement } from 'react';
import type { Task } from 'fhir/r4';
import { dateInText } from '../domain/dates';
import { outcomeLines } from '../domain/outcomeRead';

/** What a closed case achieved, as recorded on the referral Task's outputs. */
export function ClosedOutcome({ task }: { task: Task }): ReactElement {
  const lines = outcomeLines(task);
  return (
    <section aria-labelledby="outcome-heading" className="nhsuk-card" data-testid="closed-outcome">
      <div className="nhsuk-card__content">
        <h2 id="outcome-heading" className="nhsuk-card__heading">
          Outcome
        </h2>
        <p className="nhsuk-body">Closed on {dateInText(task.lastModified ?? task.meta?.lastUpdated)}.</p>
        {lines.length > 0 ? (
          <ul className="nhsuk-list nhsuk-list--bullet">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="nhsuk-body">No outcomes were recorded.</p>
        )}
      </div>
    </section>
  );
}
