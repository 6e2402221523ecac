import type { ReactElement } from 'react';
import { URGENT_REASON, WELFARE_LAW_AREA } from '../../fhir-profiles/src/terminology';
import type { PartnershipConfig } from '../config/partnership';
import type { Needs } from './needs';

/** The areas of law found and the urgent flags, with the answers that showed them. */
export function NeedsSummary({ needs, config }: { needs: Needs; config: PartnershipConfig }): ReactElement {
  const uncovered = needs.areas.filter((a) => !config.areasCovered.includes(a));
  return (
    <div data-testid="needs-summary">
      {needs.urgentReasons.length > 0 && (
        <div className="nhsuk-warning-callout" data-testid="urgent-needs">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Urgent
            </span>
          </h2>
          <p>The advice service should contact the patient quickly. The referral will be marked urgent.</p>
          <ul>
            {needs.urgentReasons.map((r) => (
              <li key={r}>{URGENT_REASON.codes[r]}</li>
            ))}
          </ul>
        </div>
      )}
      {needs.areas.length === 0 ? (
        <p data-testid="no-needs">
          The answers do not show a welfare need. You can still refer if the patient would like advice.
        </p>
      ) : (
        <>
          <h2>Areas the patient may need help with</h2>
          <dl className="nhsuk-summary-list">
            {needs.areas.map((a) => (
              <div className="nhsuk-summary-list__row" key={a}>
                <dt className="nhsuk-summary-list__key">{WELFARE_LAW_AREA.codes[a]}</dt>
                <dd className="nhsuk-summary-list__value">
                  <ul className="nhsuk-list">
                    {(needs.because[a] ?? []).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {uncovered.length > 0 && (
        <div className="nhsuk-inset-text">
          <p>
            {config.adviceOrganisation.display} does not cover{' '}
            {uncovered.map((a) => WELFARE_LAW_AREA.codes[a]).join(', ')}. Signpost the patient to another service for
            these.
          </p>
        </div>
      )}
    </div>
  );
}
