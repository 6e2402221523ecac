import { useState, type ReactElement } from 'react';
import { type AssistanceLevel, type OutcomeType } from '../../fhir-profiles/src/terminology';
import { ASSISTANCE_LEVEL, OUTCOME_TYPE } from '../../fhir-profiles/src/code-systems-casework';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Problem, plainError } from '../ui/Problem';
import { Radios } from '../ui/Radios';
import { formatPounds } from './annualise';
import { readCloseDraft, type CloseDraft, type CloseProblems } from './outcomeForm';
import { OutcomeFields } from './OutcomeFields';
import { totals, type CaseOutcomes } from './outcomeOutputs';
import { CloseConfirm } from './CloseConfirm';
import { ErrorMessage } from '../ui/ErrorMessage';

const LEVELS = (Object.keys(ASSISTANCE_LEVEL.codes) as AssistanceLevel[]).map((value) => ({
  value,
  label: ASSISTANCE_LEVEL.codes[value],
}));
const TYPES = Object.keys(OUTCOME_TYPE.codes) as OutcomeType[];

/** Close the case: level of help, sessions, outcomes with annualised gains, a note for the referrer. */
export function CloseCaseForm({
  onClose,
  closingMeasureDone,
}: {
  onClose: (closing: CaseOutcomes, note: string) => Promise<void>;
  /** Whether the closing before-and-after measure is recorded; if not, the confirm step prompts for it. */
  closingMeasureDone: boolean;
}): ReactElement {
  const [draft, setDraft] = useState<CloseDraft>({ level: undefined, sessions: '', outcomes: [] });
  const [adding, setAdding] = useState<OutcomeType>('benefit-awarded');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<CloseProblems>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [nextKey, setNextKey] = useState(1);
  const [confirming, setConfirming] = useState<CaseOutcomes | undefined>();
  const read = readCloseDraft(draft);
  const sum = read.ok ? totals(read.value.outcomes) : undefined;

  const check = (): void => {
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems({});
    setConfirming(read.value);
  };
  const submit = async (closing: CaseOutcomes): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await onClose(closing, note);
    } catch (err) {
      setFailure(plainError(err));
    } finally {
      setBusy(false);
    }
  };

  if (confirming) {
    return (
      <CloseConfirm
        closing={confirming}
        note={note}
        busy={busy}
        failure={failure}
        closingMeasureDone={closingMeasureDone}
        onConfirm={() => {
          void submit(confirming);
        }}
        onBack={() => {
          setConfirming(undefined);
          setFailure(undefined);
        }}
      />
    );
  }
  return (
    <section aria-labelledby="close-heading" className="nhsuk-card" data-testid="close-case">
      <div className="nhsuk-card__content">
        <h2 id="close-heading" className="nhsuk-card__heading">
          Close the case with outcomes
        </h2>
        <ErrorSummary errors={Object.entries(problems).map(([href, message]) => ({ href, message }))} />
        <Radios
          id="close-level"
          name="close-level"
          legend="Level of help given"
          legendSize="s"
          choices={LEVELS}
          value={draft.level}
          error={problems['close-level']}
          onChange={(level) => {
            setDraft({ ...draft, level });
          }}
        />
        <div className={`nhsuk-form-group${problems['close-sessions'] ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor="close-sessions">
            Number of advice sessions
          </label>
          <ErrorMessage id="close-sessions-error">{problems['close-sessions']}</ErrorMessage>
          <input
            className="nhsuk-input nhsuk-input--width-4"
            id="close-sessions"
            type="text"
            inputMode="numeric"
            value={draft.sessions}
            aria-describedby={problems['close-sessions'] ? 'close-sessions-error' : undefined}
            onChange={(e) => {
              setDraft({ ...draft, sessions: e.target.value });
            }}
          />
        </div>
        <h3>Outcomes</h3>
        {draft.outcomes.length === 0 && (
          <p className="nhsuk-body">No outcomes added. Add each outcome the client had.</p>
        )}
        {draft.outcomes.map((o, i) => (
          <OutcomeFields
            key={o.key}
            draft={o}
            index={i}
            problems={problems}
            onChange={(d) => {
              setDraft({ ...draft, outcomes: draft.outcomes.map((x) => (x.key === o.key ? d : x)) });
            }}
            onRemove={() => {
              setDraft({ ...draft, outcomes: draft.outcomes.filter((x) => x.key !== o.key) });
            }}
          />
        ))}
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="add-outcome-type">
            Outcome to add
          </label>
          <select
            className="nhsuk-select"
            id="add-outcome-type"
            value={adding}
            onChange={(e) => {
              setAdding(e.target.value as OutcomeType);
            }}
          >
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {OUTCOME_TYPE.codes[t]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary app-inline-button"
            data-testid="add-outcome"
            onClick={() => {
              setDraft({
                ...draft,
                outcomes: [
                  ...draft.outcomes,
                  { key: `outcome-${String(nextKey)}`, type: adding, benefit: '', amount: '', awardWeeks: '' },
                ],
              });
              setNextKey(nextKey + 1);
            }}
          >
            Add outcome
          </button>
        </div>
        {sum && (sum.annualPence > 0 || sum.oneOffPence > 0 || sum.debtPence > 0) && (
          <p className="nhsuk-body" data-testid="gain-preview" aria-live="polite">
            Annual gain {formatPounds(sum.annualPence)}; one-off payments {formatPounds(sum.oneOffPence)}; debt dealt
            with {formatPounds(sum.debtPence)}.
          </p>
        )}
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="close-note">
            Note for the referrer (optional)
          </label>
          <textarea
            className="nhsuk-textarea"
            id="close-note"
            rows={3}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
            }}
          />
        </div>
        {failure && <Problem title="The case was not closed" message={failure} />}
        <button type="button" className="nhsuk-button" data-testid="close-submit" onClick={check}>
          Continue
        </button>
      </div>
    </section>
  );
}
