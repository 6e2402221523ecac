import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { CANONICAL_BASE } from '../../fhir-profiles/src/canonical';
import {
  EXTENSION,
  MEASURE_QUESTIONNAIRE,
  MEASURE_QUESTIONNAIRE_PREFIX,
  PROFILE,
  localCoding,
  type MeasureTimepoint,
} from '../../fhir-profiles/src/terminology';
import { MEASURE_TIMEPOINT } from '../../fhir-profiles/src/code-systems-casework';

/**
 * The before-and-after measures (financial strain, LOINC 76513-1; ONS4 personal wellbeing [U]:
 * wordings and licence unverified, see fhir-profiles/input/fsh/measures.fsh), asked at first
 * contact and again at closing. Answers are hjp-measure-response QuestionnaireResponses basedOn the referral.
 */
export const MEASURES = [MEASURE_QUESTIONNAIRE.financialStrain, MEASURE_QUESTIONNAIRE.wellbeing] as const;

/** Business identifier of a measure response (client UUID), so a retried save never records twice. */
export const MEASURE_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/measure-response`;

/** A typed answer: a coding for a choice question, a whole number for a score. */
export type MeasureAnswer = { code: string; display: string; system: string } | number;

export interface MeasureInput {
  identifier: string;
  questionnaire: Questionnaire;
  timepoint: MeasureTimepoint;
  referralId: string;
  patientId: string;
  author: string;
  answers: Readonly<Record<string, MeasureAnswer>>;
  authored: Date;
}

function answerOf(value: MeasureAnswer): NonNullable<QuestionnaireResponseItem['answer']>[number] {
  return typeof value === 'number' ? { valueInteger: value } : { valueCoding: { ...value } };
}

/** One measure response, the questions in the Questionnaire's order (with their text). */
export function buildMeasureResponse(input: MeasureInput): QuestionnaireResponse {
  const q = input.questionnaire;
  return {
    resourceType: 'QuestionnaireResponse',
    meta: { profile: [PROFILE.measureResponse] },
    identifier: { system: MEASURE_IDENTIFIER_SYSTEM, value: input.identifier },
    extension: [{ url: EXTENSION.measureTimepoint, valueCoding: localCoding(MEASURE_TIMEPOINT, input.timepoint) }],
    questionnaire: `${q.url ?? ''}|${q.version ?? ''}`,
    status: 'completed',
    basedOn: [{ reference: `ServiceRequest/${input.referralId}` }],
    subject: { reference: `Patient/${input.patientId}` },
    authored: input.authored.toISOString(),
    author: { reference: input.author },
    item: (q.item ?? []).flatMap((item) => {
      const value = input.answers[item.linkId];
      return value === undefined ? [] : [{ linkId: item.linkId, text: item.text, answer: [answerOf(value)] }];
    }),
  };
}

/** The questions of a measure that have no answer (every measure question is required). */
export function missingAnswers(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, MeasureAnswer>>,
): QuestionnaireItem[] {
  return (questionnaire.item ?? []).filter((item) => answers[item.linkId] === undefined);
}

/** A response to one of the measure Questionnaires (not the welfare-needs checklist). */
export function isMeasure(response: QuestionnaireResponse): boolean {
  return (response.questionnaire ?? '').startsWith(MEASURE_QUESTIONNAIRE_PREFIX);
}

export function timepointOf(response: QuestionnaireResponse): MeasureTimepoint | undefined {
  const code = response.extension?.find((e) => e.url === EXTENSION.measureTimepoint)?.valueCoding?.code;
  return code === 'intake' || code === 'closing' ? code : undefined;
}

/** The canonical url of a response's Questionnaire, without its version. */
export function measureUrlOf(response: QuestionnaireResponse): string {
  return (response.questionnaire ?? '').split('|')[0] ?? '';
}

/** An answer in words: "Very hard", "7". */
export function answerText(item: QuestionnaireResponseItem | undefined): string {
  const a = item?.answer?.[0];
  if (!a) {
    return 'Not answered';
  }
  if (a.valueCoding) {
    return a.valueCoding.display ?? a.valueCoding.code ?? 'Not answered';
  }
  return a.valueInteger !== undefined ? String(a.valueInteger) : (a.valueString ?? 'Not answered');
}

export interface MeasureRow {
  linkId: string;
  question: string;
  intake: string | undefined;
  closing: string | undefined;
}

/** The latest response per measure and timepoint. */
export function latestResponse(
  responses: readonly QuestionnaireResponse[],
  url: string,
  timepoint: MeasureTimepoint,
): QuestionnaireResponse | undefined {
  return responses
    .filter((r) => measureUrlOf(r) === url && timepointOf(r) === timepoint && r.status !== 'entered-in-error')
    .sort((a, b) => Date.parse(b.authored ?? '') - Date.parse(a.authored ?? ''))[0];
}

/** Each question of a measure with its answer at first contact and at closing, side by side. */
export function measureRows(questionnaire: Questionnaire, responses: readonly QuestionnaireResponse[]): MeasureRow[] {
  const url = questionnaire.url ?? '';
  const intake = latestResponse(responses, url, 'intake');
  const closing = latestResponse(responses, url, 'closing');
  const find = (r: QuestionnaireResponse | undefined, linkId: string): string | undefined =>
    r ? answerText(r.item?.find((i) => i.linkId === linkId)) : undefined;
  return (questionnaire.item ?? []).map((item) => ({
    linkId: item.linkId,
    question: item.text ?? item.linkId,
    intake: find(intake, item.linkId),
    closing: find(closing, item.linkId),
  }));
}

/** Has this timepoint been recorded for every measure? */
export function recordedAt(
  responses: readonly QuestionnaireResponse[],
  timepoint: MeasureTimepoint,
  urls: readonly string[] = MEASURES.map((m) => m.url),
): boolean {
  return urls.every((url) => latestResponse(responses, url, timepoint) !== undefined);
}
