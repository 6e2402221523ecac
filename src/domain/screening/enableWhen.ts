import type { QuestionnaireItem, QuestionnaireItemEnableWhen } from 'fhir/r4';
import { sameCoding, type AnswerValue, type Answers } from './answers';

function equals(answer: AnswerValue, condition: QuestionnaireItemEnableWhen): boolean {
  if (condition.answerCoding) {
    return sameCoding(answer.valueCoding, condition.answerCoding);
  }
  if (condition.answerString !== undefined) {
    return answer.valueString === condition.answerString;
  }
  if (condition.answerBoolean !== undefined) {
    return answer.valueBoolean === condition.answerBoolean;
  }
  if (condition.answerDate !== undefined) {
    return answer.valueDate === condition.answerDate;
  }
  return false;
}

function holds(condition: QuestionnaireItemEnableWhen, answers: Answers): boolean {
  const given = answers[condition.question] ?? [];
  switch (condition.operator) {
    case 'exists':
      return given.length > 0 === (condition.answerBoolean ?? true);
    case '=':
      return given.some((a) => equals(a, condition));
    case '!=':
      // R4: true when there is an answer and none equals the value.
      return given.length > 0 && !given.some((a) => equals(a, condition));
    case '>':
    case '<':
    case '>=':
    case '<=':
      return false; // not used by choice checklists; never enable on an unsupported comparison
  }
}

/** Is this item shown (and are its answers kept) given the answers so far? */
export function isEnabled(item: QuestionnaireItem, answers: Answers): boolean {
  const conditions = item.enableWhen ?? [];
  if (conditions.length === 0) {
    return true;
  }
  return item.enableBehavior === 'any'
    ? conditions.some((c) => holds(c, answers))
    : conditions.every((c) => holds(c, answers));
}

/** Only the answers of items that are enabled (and whose parents are): what gets saved and counted. */
export function enabledAnswers(items: readonly QuestionnaireItem[] | undefined, answers: Answers): Answers {
  const kept: Record<string, readonly AnswerValue[]> = {};
  const walk = (list: readonly QuestionnaireItem[] | undefined): void => {
    for (const item of list ?? []) {
      if (!isEnabled(item, answers)) {
        continue;
      }
      const values = answers[item.linkId];
      if (values && values.length > 0) {
        kept[item.linkId] = values;
      }
      walk(item.item);
    }
  };
  walk(items);
  return kept;
}
