import { useEffect, useRef, type ReactElement } from 'react';
import { Button } from '../../ui/Button';

/** "Finish" with nothing answered: asks whether no needs were found (nothing is saved as a completed screening). */
export function NoNeedsQuestion({ onNoNeeds, onBack }: { onNoNeeds: () => void; onBack: () => void }): ReactElement {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="nhsuk-inset-text" data-testid="no-needs-question">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <h2 ref={ref} tabIndex={-1}>
        Did you find no welfare needs?
      </h2>
      <p>No question has been answered, so nothing will be saved to the patient’s record.</p>
      <Button kind="secondary" testId="no-needs-yes" onClick={onNoNeeds}>
        Yes, no welfare needs found
      </Button>{' '}
      <Button kind="secondary" onClick={onBack}>
        No, go back to the questions
      </Button>
    </div>
  );
}
