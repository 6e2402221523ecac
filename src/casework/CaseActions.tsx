import { useState, type ReactElement } from 'react';
import type { Task } from 'fhir/r4';
import type { BusinessStage, ReferralTaskStatus } from '../../fhir-profiles/src/terminology';
import type { FhirGateway } from '../fhir/gateway';
import { Radios } from '../ui/Radios';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Problem, plainError } from '../ui/Problem';
import { updateCase, type WriteResult } from './api';
import type { FieldChange } from '../domain/taskConflict';
import { ConflictNotice } from './ConflictNotice';
import { actionLabel, stageLabel, stageOf, statusLabel } from '../domain/labels';
import { allowedNextStatuses, checkChange, reasonRequired, settableStages } from '../domain/transitions';
import type { CaseUser, TaskChange } from '../domain/taskChange';
import { ErrorMessage } from '../ui/ErrorMessage';

interface Props {
  task: Task;
  gateway: FhirGateway;
  user: CaseUser;
  /** The case was saved (or someone else's version must be shown): reload it. */
  onChanged: () => void;
  /** Said after a save that worked ("Referral accepted…"), for the success notice. */
  onSaved?: (text: string) => void;
}

/** What a saved change did, in plain words. */
export function savedText(from: ReferralTaskStatus, change: TaskChange): string {
  const parts: string[] = [];
  if (change.status !== from) {
    parts.push(
      change.status === 'accepted' && from === 'requested'
        ? 'Referral accepted'
        : `Status changed to ${statusLabel(change.status).toLowerCase()}`,
    );
  }
  if (change.stage) {
    parts.push(`stage set to ${stageLabel(change.stage).toLowerCase()}`);
  }
  const text = parts.join(', ') || 'Case saved';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}. The referrer can see this on their timeline.`;
}

/** Accept or reject a new referral; then move it on (status and stage). Closing is in its own form. */
export function CaseActions({ task, gateway, user, onChanged, onSaved }: Props): ReactElement | null {
  const from = task.status as ReferralTaskStatus;
  const moves = allowedNextStatuses('adviser', from).filter((s) => s !== 'completed');
  const stages = settableStages(from === 'requested' ? 'accepted' : from);
  const [to, setTo] = useState<ReferralTaskStatus | undefined>(from === 'requested' ? undefined : from);
  const [stage, setStage] = useState<BusinessStage | undefined>(stageOf(task));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [conflict, setConflict] = useState<{ current: Task; changes: FieldChange[]; change: TaskChange } | undefined>();
  const [busy, setBusy] = useState(false);

  if (moves.length === 0) {
    return null;
  }
  const choices = (from === 'requested' ? moves : [from, ...moves]).map((s) => ({
    value: s,
    label: s === from ? 'Keep the current status' : actionLabel(s),
  }));

  const save = async (base: Task, change: TaskChange): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const result: WriteResult = await updateCase(gateway, base, change, user);
      if (result.ok) {
        setConflict(undefined);
        onSaved?.(savedText(base.status as ReferralTaskStatus, change));
        onChanged();
      } else {
        setConflict({ current: result.current, changes: result.changes, change });
      }
    } catch (err) {
      setFailure(plainError(err));
    } finally {
      setBusy(false);
    }
  };

  const submit = (): void => {
    if (!to) {
      setError({ field: 'decision', message: 'Choose whether to accept the referral.' });
      return;
    }
    // Only what the adviser changed travels: a re-apply after a conflict keeps others' other changes.
    const change: TaskChange = { status: to, stage: stage !== stageOf(task) ? stage : undefined, reason };
    const problem = checkChange('adviser', { from, to, reason, stage: change.stage });
    setError(
      problem
        ? { field: problem.field === 'reason' ? 'status-reason' : 'decision', message: problem.message }
        : undefined,
    );
    if (!problem) {
      void save(task, change);
    }
  };

  if (conflict) {
    const current = conflict.current.status as ReferralTaskStatus;
    const canReapply =
      checkChange('adviser', {
        from: current,
        to: conflict.change.status,
        reason: conflict.change.reason,
        stage: conflict.change.stage,
      }) === undefined;
    return (
      <ConflictNotice
        changes={conflict.changes}
        current={conflict.current}
        gateway={gateway}
        canReapply={canReapply}
        onReapply={() => {
          void save(conflict.current, conflict.change);
        }}
        onDiscard={() => {
          setConflict(undefined);
          onChanged();
        }}
      />
    );
  }

  return (
    <section aria-labelledby="actions-heading" className="nhsuk-card" data-testid="case-actions">
      <div className="nhsuk-card__content">
        <h2 id="actions-heading" className="nhsuk-card__heading">
          {from === 'requested' ? 'Decide on this referral' : 'Update the case'}
        </h2>
        <ErrorSummary errors={error ? [{ href: error.field, message: error.message }] : []} />
        <Radios
          id="decision"
          name="decision"
          legend={from === 'requested' ? 'Can your service take this referral?' : 'Status'}
          legendSize="s"
          choices={choices}
          value={to}
          onChange={setTo}
          error={error?.field === 'decision' ? error.message : undefined}
        />
        {to && reasonRequired(to) && (
          <div className={`nhsuk-form-group${error?.field === 'status-reason' ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label" htmlFor="status-reason">
              Reason (the referrer will see this)
            </label>
            {error?.field === 'status-reason' && <ErrorMessage id="status-reason-error">{error.message}</ErrorMessage>}
            <textarea
              className="nhsuk-textarea"
              id="status-reason"
              rows={3}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
              }}
              aria-describedby={error?.field === 'status-reason' ? 'status-reason-error' : undefined}
            />
          </div>
        )}
        {from !== 'requested' && stages.length > 0 && (
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="case-stage">
              Stage
            </label>
            <select
              className="nhsuk-select"
              id="case-stage"
              value={stage ?? ''}
              onChange={(e) => {
                setStage((e.target.value || undefined) as BusinessStage | undefined);
              }}
            >
              {!stage && <option value="">Not set</option>}
              {stages.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(s)}
                </option>
              ))}
            </select>
          </div>
        )}
        {failure && <Problem title="The case was not saved" message={failure} />}
        <button
          type="button"
          className="nhsuk-button"
          aria-disabled={busy || undefined}
          data-testid="save-case"
          onClick={() => {
            if (!busy) {
              submit();
            }
          }}
        >
          {saveLabel(busy, from)}
        </button>
      </div>
    </section>
  );
}

function saveLabel(busy: boolean, from: string): string {
  if (busy) {
    return 'Saving…';
  }
  return from === 'requested' ? 'Save decision' : 'Save changes';
}
