import { useState, type ReactElement } from 'react';
import type { Questionnaire, QuestionnaireItem } from 'fhir/r4';
import { type MeasureTimepoint } from '../../fhir-profiles/src/terminology';
import { MEASURE_TIMEPOINT } from '../../fhir-profiles/src/code-systems-casework';
import { missingAnswers, type MeasureAnswer } from '../domain/measures';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Problem, plainError } from '../ui/Problem';
import { Radios } from '../ui/Radios';

function minMax(item: QuestionnaireItem): [number, number] {
  const ext = (url: string): number | undefined =>
    item.extension?.find((e) => e.url === `http://hl7.org/fhir/StructureDefinition/${url}`)?.valueInteger;
  return [ext('minValue') ?? 0, ext('maxValue') ?? 10];
}

function fieldId(item: QuestionnaireItem): string {
  return `measure-${item.linkId}`;
}

/** One question: a choice (its answer options) or a score (each whole number from min to max). */
function Question({
  item,
  value,
  error,
  onChange,
}: {
  item: QuestionnaireItem;
  value: MeasureAnswer | undefined;
  error: string | undefined;
  onChange: (v: MeasureAnswer) => void;
}): ReactElement {
  if (item.type === 'choice') {
    const options = (item.answerOption ?? []).flatMap((o) => (o.valueCoding?.code ? [o.valueCoding] : []));
    return (
      <Radios
        id={fieldId(item)}
        name={fieldId(item)}
        legend={item.text ?? item.linkId}
        legendSize="s"
        choices={options.map((c) => ({ value: c.code ?? '', label: c.display ?? c.code ?? '' }))}
        value={typeof value === 'object' ? value.code : undefined}
        error={error}
        onChange={(code) => {
          const c = options.find((o) => o.code === code);
          if (c) {
            onChange({ system: c.system ?? '', code, display: c.display ?? code });
          }
        }}
      />
    );
  }
  const [min, max] = minMax(item);
  const scores = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
  return (
    <Radios
      id={fieldId(item)}
      name={fieldId(item)}
      legend={item.text ?? item.linkId}
      legendSize="s"
      inline
      choices={scores.map((s) => ({ value: s, label: s }))}
      value={typeof value === 'number' ? String(value) : undefined}
      error={error}
      onChange={(s) => {
        onChange(Number(s));
      }}
    />
  );
}

/** Asks the before-and-after measures (all of them, one Questionnaire after another) and records them. */
export function MeasureForm({
  questionnaires,
  timepoint,
  onRecord,
}: {
  questionnaires: readonly Questionnaire[];
  timepoint: MeasureTimepoint;
  onRecord: (answers: ReadonlyMap<Questionnaire, Record<string, MeasureAnswer>>) => Promise<void>;
}): ReactElement {
  const [answers, setAnswers] = useState<Record<string, Record<string, MeasureAnswer>>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    const missing: Record<string, string> = {};
    for (const q of questionnaires) {
      for (const item of missingAnswers(q, answers[q.url ?? ''] ?? {})) {
        missing[fieldId(item)] = `Answer: ${item.text ?? item.linkId}`;
      }
    }
    setProblems(missing);
    if (Object.keys(missing).length > 0) {
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await onRecord(new Map(questionnaires.map((q) => [q, answers[q.url ?? ''] ?? {}])));
    } catch (err) {
      setFailure(plainError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid={`measure-form-${timepoint}`}>
      <h3>Record the measures: {MEASURE_TIMEPOINT.codes[timepoint].toLowerCase()}</h3>
      <p className="nhsuk-body">Ask the client each question and record their answer.</p>
      <ErrorSummary errors={Object.entries(problems).map(([href, message]) => ({ href, message }))} />
      {questionnaires.map((q) => (
        <fieldset key={q.url} className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{q.title ?? q.name}</legend>
          {(q.item ?? []).map((item) => (
            <Question
              key={item.linkId}
              item={item}
              value={answers[q.url ?? '']?.[item.linkId]}
              error={problems[fieldId(item)]}
              onChange={(v) => {
                setAnswers({ ...answers, [q.url ?? '']: { ...answers[q.url ?? ''], [item.linkId]: v } });
              }}
            />
          ))}
        </fieldset>
      ))}
      {failure && <Problem title="The answers were not recorded" message={failure} />}
      <Button
        busy={busy}
        testId={`record-measure-${timepoint}`}
        onClick={() => {
          void submit();
        }}
      >
        {busy ? 'Recording…' : 'Record the answers'}
      </Button>
    </div>
  );
}
