import type {
  Coding,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';

/** One answer, in the FHIR shape it is saved in (only the value types the checklist uses). */
export type AnswerValue = Pick<
  QuestionnaireResponseItemAnswer,
  'valueCoding' | 'valueString' | 'valueDate' | 'valueBoolean'
>;

/** The answers of a checklist in progress: linkId → chosen values (several when the item repeats). */
export type Answers = Readonly<Record<string, readonly AnswerValue[]>>;

export function sameCoding(a: Coding | undefined, b: Coding | undefined): boolean {
  return a !== undefined && b !== undefined && a.system === b.system && a.code === b.code;
}

/** Does an answer equal an answerOption (coding by system+code, string by value)? */
export function answerMatchesOption(answer: AnswerValue, option: QuestionnaireItemAnswerOption): boolean {
  if (option.valueCoding) {
    return sameCoding(answer.valueCoding, option.valueCoding);
  }
  if (option.valueString !== undefined) {
    return answer.valueString === option.valueString;
  }
  return false;
}

/** The answer value an option stands for. */
export function optionAnswer(option: QuestionnaireItemAnswerOption): AnswerValue {
  if (option.valueCoding) {
    return { valueCoding: { ...option.valueCoding } };
  }
  return { valueString: option.valueString ?? '' };
}

export function optionLabel(option: QuestionnaireItemAnswerOption): string {
  return option.valueCoding?.display ?? option.valueCoding?.code ?? option.valueString ?? '';
}

/** Every item of a questionnaire, depth first. */
export function allItems(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((item) => [item, ...allItems(item.item)]);
}

/** Sets or clears one item's answers, returning new answers (never mutates). */
export function withAnswer(answers: Answers, linkId: string, values: readonly AnswerValue[]): Answers {
  const next = Object.entries(answers).filter(([key]) => key !== linkId);
  if (values.length > 0) {
    next.push([linkId, values]);
  }
  return Object.fromEntries(next);
}
