import { useState, type ReactElement } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Button } from '../ui/Button';
import { plainError, Problem } from '../ui/Problem';
import { ErrorMessage } from '../ui/ErrorMessage';

/**
 * Cancel a referral sent in error: a reason is required; the adviser sees it. A TanStack Query
 * mutation: busy while cancelling and until what it changed (`invalidates`) is read again.
 */
export function CancelReferral({
  onCancel,
  invalidates = [],
}: {
  onCancel: (reason: string) => Promise<void>;
  /** Query keys the cancellation changes (the referral, the patient's referral list). */
  invalidates?: readonly QueryKey[];
}): ReactElement {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: onCancel,
    onSuccess: () => Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
  const busy = mutation.isPending;
  const error = mutation.error ? plainError(mutation.error) : undefined;
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
  const submit = (): void => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    mutation.mutate(reason);
  };
  return (
    <div className={`nhsuk-form-group${missing ? ' nhsuk-form-group--error' : ''}`} data-testid="cancel-form">
      <label className="nhsuk-label nhsuk-label--s" htmlFor="cancel-reason">
        Why are you cancelling this referral?
      </label>
      <div className="nhsuk-hint" id="cancel-reason-hint">
        The advice service will see this reason.
      </div>
      {missing && <ErrorMessage id="cancel-reason-error">Enter why you are cancelling the referral</ErrorMessage>}
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
      <Button kind="warning" busy={busy} testId="confirm-cancel" onClick={submit}>
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
