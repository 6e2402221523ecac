import type { ReactElement, ReactNode } from 'react';
import type { Task } from 'fhir/r4';
import { dateInText } from '../domain/dates';
import { isOpenEvidenceRequest } from './overview';

/**
 * Open medical-evidence requests of a referral, each with what is needed and the due date.
 * PLUG-IN POINT for the adviser flow: pass `renderAnswer` (e.g. src/evidence's
 * EvidenceRequestItem answer form) and it is rendered under each open request.
 */
export function EvidenceRequests({
  tasks,
  renderAnswer,
  keep = [],
}: {
  tasks: readonly Task[];
  renderAnswer?: (task: Task) => ReactNode;
  /** Ids of requests answered on this screen: kept in view so the user sees their answer went. */
  keep?: readonly string[];
}): ReactElement | null {
  const open = tasks.filter((t) => isOpenEvidenceRequest(t) || keep.includes(t.id ?? ''));
  if (open.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="evidence-heading" data-testid="evidence-requests">
      <h2 id="evidence-heading">Medical evidence requested</h2>
      {open.map((t) => (
        <div className="nhsuk-card" key={t.id}>
          <div className="nhsuk-card__content">
            <p className="nhsuk-card__heading nhsuk-heading-s">Due by {dateInText(t.restriction?.period?.end)}</p>
            <p className="app-timeline__text">{t.description ?? 'No description given'}</p>
            {renderAnswer?.(t)}
          </div>
        </div>
      ))}
    </section>
  );
}
