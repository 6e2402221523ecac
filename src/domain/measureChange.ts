import { MEASURE_QUESTIONNAIRE } from '../../fhir-profiles/src/terminology';

/**
 * The one definition of "improved" for the before-and-after measures: each question scored, and
 * which way is better. The evaluation engine reads it (as the tables change_item and
 * change_answer_score) and the funder report prints it. Financial strain (LOINC 76513-1) is
 * scored 2 "Very hard", 1 "Somewhat hard", 0 "Not hard at all": lower is better. The four ONS4
 * questions are each reported apart, as the ONS does (no total): 0 to 10, higher is better, except
 * anxiety, where lower is better. ONS4 wordings [U: check against the ONS harmonised standard].
 */
export type Better = 'higher' | 'lower';
export type Change = 'improved' | 'same' | 'worse';

export interface ChangeItem {
  /** The group code in the before-after MeasureReport. */
  readonly group: string;
  readonly label: string;
  /** The measure Questionnaire's canonical url (without version). */
  readonly questionnaire: string;
  readonly linkId: string;
  readonly better: Better;
  /** Scores of coded answers; integer answers are their own score. */
  readonly scores?: Readonly<Record<string, number>>;
}

export const CHANGE_ITEMS: readonly ChangeItem[] = [
  {
    group: 'financial-strain',
    label: 'Financial strain (how hard it is to pay for the basics)',
    questionnaire: MEASURE_QUESTIONNAIRE.financialStrain.url,
    linkId: 'financial-strain',
    better: 'lower',
    scores: { 'LA15832-1': 2, 'LA14745-7': 1, 'LA31980-8': 0 },
  },
  {
    group: 'life-satisfaction',
    label: 'Life satisfaction (ONS4)',
    questionnaire: MEASURE_QUESTIONNAIRE.wellbeing.url,
    linkId: 'life-satisfaction',
    better: 'higher',
  },
  {
    group: 'worthwhile',
    label: 'Feeling the things done in life are worthwhile (ONS4)',
    questionnaire: MEASURE_QUESTIONNAIRE.wellbeing.url,
    linkId: 'worthwhile',
    better: 'higher',
  },
  {
    group: 'happy-yesterday',
    label: 'Happiness yesterday (ONS4)',
    questionnaire: MEASURE_QUESTIONNAIRE.wellbeing.url,
    linkId: 'happy-yesterday',
    better: 'higher',
  },
  {
    group: 'anxious-yesterday',
    label: 'Anxiety yesterday (ONS4; lower is better)',
    questionnaire: MEASURE_QUESTIONNAIRE.wellbeing.url,
    linkId: 'anxious-yesterday',
    better: 'lower',
  },
];

/** A score for an answer (a coded answer by its item's scores, a whole number as itself). */
export function answerScore(item: ChangeItem, answer: string | number | undefined): number | undefined {
  if (typeof answer === 'number') {
    return answer;
  }
  return answer === undefined ? undefined : item.scores?.[answer];
}

/** Improved, the same or worse from intake (before) to closing (after), by the item's direction. */
export function changeOf(item: ChangeItem, before: number, after: number): Change {
  const gain = item.better === 'higher' ? after - before : before - after;
  if (gain > 0) {
    return 'improved';
  }
  return gain < 0 ? 'worse' : 'same';
}

/** The definition in words, for the report's methods. */
export function describeChange(): string {
  return (
    'A client counts in a before-and-after measure when they answered it at intake and again at closing (the latest ' +
    'answer of each, on the same case). Improved means a better answer at closing: for financial strain a lower ' +
    'level (very hard, somewhat hard, not hard at all); for the ONS4 questions (0 to 10, each reported apart) a ' +
    'higher score, except anxiety, where a lower score is better. The same score is "the same".'
  );
}
