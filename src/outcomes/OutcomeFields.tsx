import type { ReactElement } from 'react';
import { OUTCOME_VALUE_KIND, type UkBenefit } from '../../fhir-profiles/src/terminology';
import { OUTCOME_TYPE, UK_BENEFIT } from '../../fhir-profiles/src/code-systems-casework';
import { AMOUNT_PERIOD, type AmountPeriod, type CloseProblems, type OutcomeDraft } from './outcomeForm';
import { ErrorMessage } from '../ui/ErrorMessage';

const BENEFITS = Object.entries(UK_BENEFIT.codes) as [UkBenefit, string][];

/** The benefit from the uk-benefit list (local codes [U]: no national UK code system was found), "Other" for free text. */
function BenefitPicker({
  draft,
  optional,
  problems,
  onChange,
}: {
  draft: OutcomeDraft;
  optional: boolean;
  problems: CloseProblems;
  onChange: (patch: Partial<OutcomeDraft>) => void;
}): ReactElement {
  const id = `${draft.key}-benefit`;
  const error = problems[id];
  return (
    <>
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={id}>
          {optional ? 'Which benefit (optional)' : 'Which benefit'}
        </label>
        <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
        <select
          className="nhsuk-select app-select-full"
          id={id}
          value={draft.benefitCode ?? ''}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            onChange({ benefitCode: e.target.value as UkBenefit | '' });
          }}
        >
          <option value="">{optional ? 'Not a benefit' : 'Choose a benefit'}</option>
          {BENEFITS.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {(draft.benefitCode === 'other' || (optional && !draft.benefitCode)) && (
        <Field
          id={`${id}-other`}
          label={draft.benefitCode === 'other' ? 'Name of the benefit or payment' : 'Creditor or payment (optional)'}
          value={draft.benefit}
          problems={problems}
          width={20}
          onChange={(v) => {
            onChange({ benefit: v });
          }}
        />
      )}
    </>
  );
}

function Field({
  id,
  label,
  hint,
  value,
  problems,
  onChange,
  width = 10,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  problems: CloseProblems;
  onChange: (v: string) => void;
  width?: number;
}): ReactElement {
  const error = problems[id];
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
      <input
        className={`nhsuk-input nhsuk-input--width-${String(width)}`}
        id={id}
        type="text"
        value={value}
        aria-describedby={described}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </div>
  );
}

/** The fields of one outcome: what kind of value it has decides what is asked. */
export function OutcomeFields({
  draft,
  index,
  problems,
  onChange,
  onRemove,
}: {
  draft: OutcomeDraft;
  index: number;
  problems: CloseProblems;
  onChange: (d: OutcomeDraft) => void;
  onRemove: () => void;
}): ReactElement {
  const kind = OUTCOME_VALUE_KIND[draft.type];
  const set = (patch: Partial<OutcomeDraft>): void => {
    onChange({ ...draft, ...patch });
  };
  return (
    <fieldset className="nhsuk-fieldset app-outcome" data-testid={`outcome-${String(index)}`}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
        Outcome {index + 1}: {OUTCOME_TYPE.codes[draft.type]}
      </legend>
      {kind === 'annual-money' && (
        <>
          <BenefitPicker draft={draft} optional={false} problems={problems} onChange={set} />
          <Field
            id={`${draft.key}-amount`}
            label="Additional amount (£)"
            hint="Only the extra amount counts: for an increase, the rise, not the new total."
            value={draft.amount}
            problems={problems}
            onChange={(v) => {
              set({ amount: v });
            }}
          />
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor={`${draft.key}-period`}>
              How often it is paid
            </label>
            <select
              className="nhsuk-select"
              id={`${draft.key}-period`}
              value={draft.period ?? 'week'}
              onChange={(e) => {
                set({ period: e.target.value as AmountPeriod });
              }}
            >
              {(Object.entries(AMOUNT_PERIOD) as [AmountPeriod, string][]).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <Field
            id={`${draft.key}-weeks`}
            label="Award length in weeks (optional)"
            hint="Leave empty for an ongoing award. Gains are counted for at most 52 weeks."
            value={draft.awardWeeks}
            problems={problems}
            width={4}
            onChange={(v) => {
              set({ awardWeeks: v });
            }}
          />
        </>
      )}
      {kind === 'one-off-money' && (
        <>
          <Field
            id={`${draft.key}-amount`}
            label="Amount (£)"
            value={draft.amount}
            problems={problems}
            onChange={(v) => {
              set({ amount: v });
            }}
          />
          <BenefitPicker draft={draft} optional problems={problems} onChange={set} />
        </>
      )}
      <button type="button" className="app-link-button app-link-button--flush" onClick={onRemove}>
        Remove outcome {index + 1}
        <span className="nhsuk-u-visually-hidden">: {OUTCOME_TYPE.codes[draft.type]}</span>
      </button>
    </fieldset>
  );
}
