import type { QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { CANONICAL_BASE } from '../../../fhir-profiles/src/canonical';
import type { AnswerValue, Answers } from './answers';

/** Business identifier of a screening (value = client UUID made when the checklist starts). */
export const SCREENING_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/screening`;

/** The answers a QuestionnaireResponse holds (the reverse of buildQuestionnaireResponse), to resume a draft. */
export function answersFromResponse(response: QuestionnaireResponse): Answers {
  const out: Record<string, AnswerValue[]> = {};
  const walk = (items: readonly QuestionnaireResponseItem[] | undefined): void => {
    for (const item of items ?? []) {
      const values = (item.answer ?? []).flatMap((a) => {
        const value: AnswerValue = {};
        if (a.valueCoding) {
          value.valueCoding = { ...a.valueCoding };
        } else if (a.valueString !== undefined) {
          value.valueString = a.valueString;
        } else if (a.valueDate !== undefined) {
          value.valueDate = a.valueDate;
        } else if (a.valueBoolean !== undefined) {
          value.valueBoolean = a.valueBoolean;
        } else {
          return [];
        }
        return [value];
      });
      if (values.length > 0) {
        out[item.linkId] = values;
      }
      walk(item.item);
    }
  };
  walk(response.item);
  return out;
}
