import { useState, type ReactElement } from 'react';
import type { Task } from 'fhir/r4';
import { CASEWORK } from '../config/casework';
import { dateInText } from '../domain/dates';
import type { CaseUser } from '../domain/taskChange';
import { REOPENED_STATUS, reopenProblem } from '../domain/transitions';
import type { FhirGateway } from '../fhir/gateway';
import { Button } from '../ui/Button';
import { Problem, plainError } from '../ui/Problem';
import { updateCase } from './api';
import { ErrorMessage } from '../ui/ErrorMessage';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reopen a closed case, to work it again or to correct its outcomes (reopen, then close again
 * with the right ones): only within casework.reopenWithinDays of closing, with a reason the
 * referrer sees; the change is saved with a Provenance like every case change.
 */
export function ReopenCase({
  task,
  gateway,
  user,
  onReopened,
}: {
  task: Task;
  gateway: FhirGateway;
  user: CaseUser;
  onReopened: (text: string) => void;
}): ReactElement | null {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const now = new Date();
  const window = { closedAt: task.lastModified ?? task.meta?.lastUpdated, now, withinDays: CASEWORK.reopenWithinDays };
  if (reopenProblem('adviser', 'completed', window) !== undefined) {
    return null;
  }
  const until = new Date(Date.parse(window.closedAt ?? '') + CASEWORK.reopenWithinDays * DAY_MS);
  const reopen = async (): Promise<void> => {
    if (!reason.trim()) {
      setError('Enter why the case is reopened.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const result = await updateCase(gateway, task, { status: REOPENED_STATUS, reason, reopen: window }, user);
      if (!result.ok) {
        setError('Someone else changed this case. It has been reloaded: check it and try again.');
      }
      onReopened(result.ok ? 'Case reopened. Record the outcomes again when you close it.' : '');
    } catch (err) {
      setError(plainError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="reopen-heading" data-testid="reopen-case">
      <h2 id="reopen-heading">Reopen or correct</h2>
      <p className="nhsuk-body">
        You can reopen this case until {dateInText(until)}, to carry on with it or to correct its outcomes (reopen it,
        then close it again with the right outcomes).
      </p>
      {!open ? (
        <Button
          kind="secondary"
          testId="reopen-start"
          onClick={() => {
            setOpen(true);
          }}
        >
          Reopen the case
        </Button>
      ) : (
        <>
          <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label" htmlFor="reopen-reason">
              Why is the case reopened? (the referrer will see this)
            </label>
            <ErrorMessage id="reopen-reason-error">{error}</ErrorMessage>
            <textarea
              className="nhsuk-textarea"
              id="reopen-reason"
              rows={3}
              value={reason}
              aria-describedby={error ? 'reopen-reason-error' : undefined}
              onChange={(e) => {
                setReason(e.target.value);
              }}
            />
          </div>
          <Button
            busy={busy}
            testId="reopen-confirm"
            onClick={() => {
              void reopen();
            }}
          >
            {busy ? 'Reopening…' : 'Reopen the case'}
          </Button>
        </>
      )}
      {error && !open && <Problem title="The case was not reopened" message={error} />}
    </section>
  );
}
