import { useEffect, useRef, type ReactElement } from 'react';
import { Button } from '../ui/Button';
import { Problem } from '../ui/Problem';
import { closingSummaryText } from './closeCase';
import type { CaseOutcomes } from './outcomeOutputs';

/** "Are you sure?" before a case is closed: what the referrer will be told, and the closing measure if it is missing. */
export function CloseConfirm({
  closing,
  note,
  busy,
  failure,
  closingMeasureDone,
  onConfirm,
  onBack,
}: {
  closing: CaseOutcomes;
  note: string;
  busy: boolean;
  failure: string | undefined;
  closingMeasureDone: boolean;
  onConfirm: () => void;
  onBack: () => void;
}): ReactElement {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section aria-labelledby="confirm-close-heading" className="nhsuk-card" data-testid="confirm-close">
      <div className="nhsuk-card__content">
        <h2 id="confirm-close-heading" className="nhsuk-card__heading" tabIndex={-1} ref={ref}>
          Are you sure you want to close this case?
        </h2>
        <p className="nhsuk-body">The referrer will be told:</p>
        <div className="nhsuk-inset-text">
          <p className="app-message">{closingSummaryText(closing, note)}</p>
        </div>
        {!closingMeasureDone && (
          <div className="nhsuk-warning-callout" data-testid="closing-measure-prompt">
            <h3 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>The closing measures are not recorded
              </span>
            </h3>
            <p>
              Ask the client the before-and-after questions again before you close, so the change can be reported.{' '}
              <a href="#measures">Record the closing measures</a>.
            </p>
          </div>
        )}
        {failure && <Problem title="The case was not closed" message={failure} />}
        <div className="nhsuk-button-group">
          <Button busy={busy} testId="close-confirm" onClick={onConfirm}>
            {busy ? 'Closing…' : 'Yes, close the case and tell the referrer'}
          </Button>
          <Button kind="secondary" testId="close-back" onClick={onBack}>
            Go back and change the outcomes
          </Button>
        </div>
      </div>
    </section>
  );
}
