import { useId, type ReactElement } from 'react';
import type { QuestionnaireItem } from 'fhir/r4';
import { DateInput } from '../ui/DateInput';
import { Checkboxes, Radios } from '../ui/Radios';
import { optionAnswer, optionLabel, answerMatchesOption, type AnswerValue } from '../domain/screening/answers';

const BOOLEAN_CHOICES = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
] as const;

function isHelp(item: QuestionnaireItem): boolean {
  return item.type === 'display';
}

/** One question of the checklist: choice as radios (or checkboxes when it repeats), boolean as Yes/No, date as the NHS date input. */
export function ChecklistItem({
  item,
  values,
  onChange,
}: {
  item: QuestionnaireItem;
  values: readonly AnswerValue[];
  onChange: (values: AnswerValue[]) => void;
}): ReactElement | null {
  const id = useId();
  const legend = item.text ?? item.linkId;
  if (isHelp(item)) {
    return null;
  }
  if (item.type === 'choice') {
    const options = item.answerOption ?? [];
    const choices = options.map((o, i) => ({ value: String(i), label: optionLabel(o) }));
    const chosen = options.flatMap((o, i) => (values.some((v) => answerMatchesOption(v, o)) ? [String(i)] : []));
    const toAnswers = (indexes: string[]): AnswerValue[] =>
      indexes.flatMap((i) => {
        const option = options[Number(i)];
        return option ? [optionAnswer(option)] : [];
      });
    return item.repeats ? (
      <Checkboxes
        name={item.linkId}
        legend={legend}
        legendSize="s"
        hint="Select all that apply"
        choices={choices}
        values={chosen}
        onChange={(v) => {
          onChange(toAnswers(v));
        }}
      />
    ) : (
      <Radios
        name={item.linkId}
        legend={legend}
        legendSize="s"
        choices={choices}
        value={chosen[0]}
        onChange={(v) => {
          onChange(toAnswers([v]));
        }}
        inline={choices.length <= 3}
      />
    );
  }
  if (item.type === 'boolean') {
    const current = values[0]?.valueBoolean;
    return (
      <Radios
        name={item.linkId}
        legend={legend}
        legendSize="s"
        inline
        choices={BOOLEAN_CHOICES}
        value={current === undefined ? undefined : String(current)}
        onChange={(v) => {
          onChange([{ valueBoolean: v === 'true' }]);
        }}
      />
    );
  }
  if (item.type === 'date') {
    return (
      <DateInput
        legend={legend}
        hint="Optional. For example, 15 3 2027"
        value={values[0]?.valueDate}
        onChange={(date) => {
          onChange(date ? [{ valueDate: date }] : []);
        }}
      />
    );
  }
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={id}>
        {legend}
      </label>
      <input
        className="nhsuk-input"
        id={id}
        type="text"
        value={values[0]?.valueString ?? ''}
        onChange={(e) => {
          onChange(e.target.value ? [{ valueString: e.target.value }] : []);
        }}
      />
    </div>
  );
}

/** Help text of a group (display items marked as help), shown in a details element. */
export function HelpDetails({ items }: { items: readonly QuestionnaireItem[] }): ReactElement | null {
  const help = items
    .filter(isHelp)
    .map((i) => i.text ?? '')
    .filter(Boolean);
  if (help.length === 0) {
    return null;
  }
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">What this covers</span>
      </summary>
      <div className="nhsuk-details__text">
        {help.map((t) => (
          <p key={t}>{t}</p>
        ))}
      </div>
    </details>
  );
}
