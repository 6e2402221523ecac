import { useState, type ReactElement } from 'react';
import type { Task } from 'fhir/r4';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Problem, plainError } from '../ui/Problem';
import { DateInput } from '../ui/DateInput';
import { isOpenRequest } from './evidenceAnswer';
import { DUE_DATE_LABEL, evidenceInputProblems } from './evidenceRequest';
import { dateInText } from '../domain/dates';
import type { DateInputResult } from '../domain/dateInput';
import { ErrorMessage } from '../ui/ErrorMessage';

function day(value: string | undefined): string {
  return dateInText(value, 'no date');
}

function requestState(t: Task): string {
  if (isOpenRequest(t)) {
    return `Waiting, due by ${day(t.restriction?.period?.end)}`;
  }
  return t.status === 'completed' ? 'Answered' : 'Cancelled';
}

/**
 * The adviser's evidence requests for a case and the form to ask for more. The form exists only
 * under an active medical-evidence consent; otherwise the adviser reads why and what to do.
 */
export function EvidencePanel({
  requests,
  consent,
  canRequest,
  onRequest,
}: {
  requests: readonly Task[];
  consent: { allowed: boolean; reason: string; whatToDo?: string };
  canRequest: boolean;
  onRequest: (input: { description: string; due: string; identifier: string }) => Promise<void>;
}): ReactElement {
  const [description, setDescription] = useState('');
  // The due date as read from the NHS date input; `dueField` is its key (a new one empties the fields after sending).
  const [due, setDue] = useState<DateInputResult>({ kind: 'empty' });
  const [dueField, setDueField] = useState(0);
  const [problems, setProblems] = useState<Partial<Record<'description' | 'due', string>>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  // One id per request, kept across retries: a resend after a lost answer never asks twice.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());

  const submit = async (): Promise<void> => {
    const found = evidenceInputProblems({ description, due, now: new Date() });
    setProblems(found);
    setSent(false);
    if (Object.keys(found).length > 0) {
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await onRequest({ description, due: due.kind === 'date' ? due.value : '', identifier: requestId });
      setRequestId(crypto.randomUUID());
      setDescription('');
      setDue({ kind: 'empty' });
      setDueField((n) => n + 1);
      setSent(true);
    } catch (err) {
      setFailure(err instanceof Error && err.name === 'EvidenceNotAllowed' ? err.message : plainError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="evidence-heading" data-testid="evidence">
      <h2 id="evidence-heading">Medical evidence</h2>
      {requests.length === 0 && <p className="nhsuk-body">No evidence requested yet.</p>}
      <ul className="nhsuk-list">
        {requests.map((t) => (
          <li key={t.id} data-testid={`evidence-${t.id ?? ''}`}>
            <strong>{requestState(t)}</strong>: {t.description}
          </li>
        ))}
      </ul>
      {!consent.allowed && (
        <div className="nhsuk-inset-text" data-testid="evidence-not-allowed">
          <p>You cannot ask for medical evidence. {consent.reason}</p>
          <p>{consent.whatToDo ?? 'The referrer must record the patient’s consent to share medical evidence first.'}</p>
        </div>
      )}
      {consent.allowed && canRequest && (
        <div className="nhsuk-card">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading">Ask the referrer for evidence</h3>
            <ErrorSummary
              errors={Object.entries(problems).map(([field, message]) => ({
                href: field === 'due' ? 'evidence-due-day' : `evidence-${field}`,
                message,
              }))}
            />
            <div className={`nhsuk-form-group${problems.description ? ' nhsuk-form-group--error' : ''}`}>
              <label className="nhsuk-label" htmlFor="evidence-description">
                What do you need?
              </label>
              <div className="nhsuk-hint" id="evidence-description-hint">
                For example, a letter about how the condition affects daily living, for a PIP reconsideration.
              </div>
              <ErrorMessage id="evidence-description-error">{problems.description}</ErrorMessage>
              <textarea
                className="nhsuk-textarea"
                id="evidence-description"
                rows={3}
                value={description}
                aria-describedby={`evidence-description-hint${problems.description ? ' evidence-description-error' : ''}`}
                onChange={(e) => {
                  setDescription(e.target.value);
                }}
              />
            </div>
            <DateInput
              key={dueField}
              id="evidence-due"
              legend="Needed by"
              label={DUE_DATE_LABEL}
              value={undefined}
              error={problems.due}
              onChange={(_value, read) => {
                setDue(read);
              }}
            />
            {failure && <Problem title="The request was not sent" message={failure} />}
            {sent && (
              <p role="status" className="nhsuk-body">
                Your request has been sent to the referrer.
              </p>
            )}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              data-testid="request-evidence"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (!busy) {
                  void submit();
                }
              }}
            >
              {busy ? 'Sending…' : 'Send request'}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
