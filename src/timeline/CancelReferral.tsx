import { useState, type ReactElement } from 'react';
import { Button } from '../ui/Button';
import { plainError, Problem } from '../ui/Problem';

/** Cancel a referral sent in error: a reason is required; the adviser sees it. */
export function CancelReferral({ onCancel }: { onCancel: (reason: string) => Promise<void> }): ReactElement {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  if (!open) {
    return (
      <Button
        kind="secondary"
        testId="cancel-referral"
        onClick={() => {
          setOpen(true);
        }}
      >
        Cancel this referral
      </Button>
    );
  }
  const submit = async (): Promise<void> => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onCancel(reason);
    } catch (err) {
      setError(plainError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={`nhsuk-form-group${missing ? ' nhsuk-form-group--error' : ''}`} data-testid="cancel-form">
      <label className="nhsuk-label nhsuk-label--s" htmlFor="cancel-reason">
        Why are you cancelling this referral?
      </label>
      <div className="nhsuk-hint" id="cancel-reason-hint">
        The advice service will see this reason.
      </div>
      {missing && (
        <span className="nhsuk-error-message" id="cancel-reason-error">
          <span className="nhsuk-u-visually-hidden">Error:</span> Enter why you are cancelling the referral
        </span>
      )}
      <textarea
        className="nhsuk-textarea"
        id="cancel-reason"
        rows={2}
        value={reason}
        aria-describedby={`cancel-reason-hint${missing ? ' cancel-reason-error' : ''}`}
        onChange={(e) => {
          setReason(e.target.value);
        }}
      />
      {error && <Problem title="The referral was not cancelled" message={error} />}
      <Button
        kind="warning"
        busy={busy}
        testId="confirm-cancel"
        onClick={() => {
          void submit();
        }}
      >
        Cancel the referral
      </Button>{' '}
      <Button
        kind="secondary"
        onClick={() => {
          setOpen(false);
        }}
      >
        Keep it
      </Button>
    </div>
  );
}
