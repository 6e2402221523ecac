import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import type { Answers } from './answers';
import { enabledAnswers } from './enableWhen';
import { SCREENING_IDENTIFIER_SYSTEM } from './responseRead';

// The reading side (resuming a draft) lives in responseRead.ts, apart from the builder, so the
// first screen loads only that.
export { answersFromResponse, SCREENING_IDENTIFIER_SYSTEM } from './responseRead';

export interface ResponseInput {
  identifier: string;
  questionnaire: Questionnaire;
  answers: Answers;
  patientId: string;
  encounterId: string | undefined;
  author: string;
  authored: Date;
  status: 'completed' | 'in-progress' | 'stopped';
}

function responseItems(items: readonly QuestionnaireItem[] | undefined, live: Answers): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  for (const item of items ?? []) {
    if (item.type === 'display') {
      continue;
    }
    if (item.type === 'group') {
      const children = responseItems(item.item, live);
      if (children.length > 0) {
        out.push({ linkId: item.linkId, ...(item.text ? { text: item.text } : {}), item: children });
      }
      continue;
    }
    const values = live[item.linkId];
    if (!values || values.length === 0) {
      continue;
    }
    out.push({ linkId: item.linkId, ...(item.text ? { text: item.text } : {}), answer: values.map((v) => ({ ...v })) });
  }
  return out;
}

/** The checklist answers as a QuestionnaireResponse (only answers of enabled items, in the form's structure). */
export function buildQuestionnaireResponse(input: ResponseInput): QuestionnaireResponse {
  const { questionnaire } = input;
  const live = enabledAnswers(questionnaire.item, input.answers);
  const item = responseItems(questionnaire.item, live);
  return {
    resourceType: 'QuestionnaireResponse',
    identifier: { system: SCREENING_IDENTIFIER_SYSTEM, value: input.identifier },
    questionnaire: `${questionnaire.url ?? ''}|${questionnaire.version ?? ''}`,
    status: input.status,
    subject: { reference: `Patient/${input.patientId}` },
    ...(input.encounterId ? { encounter: { reference: `Encounter/${input.encounterId}` } } : {}),
    authored: input.authored.toISOString(),
    author: { reference: input.author },
    ...(item.length > 0 ? { item } : {}),
  };
}
