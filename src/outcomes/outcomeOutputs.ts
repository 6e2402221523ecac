import type { TaskOutput } from 'fhir/r4';
import {
  EXTENSION,
  OUTCOME_VALUE_KIND,
  localCoding,
  type AssistanceLevel,
  type OutcomeType,
  type UkBenefit,
} from '../../fhir-profiles/src/terminology';
import { ASSISTANCE_LEVEL, OUTCOME_TYPE, OUTPUT_TYPE, UK_BENEFIT } from '../../fhir-profiles/src/code-systems-casework';
import { annualisedPence, toPounds } from './annualise';

/** What the adviser records for one outcome; the value kind follows OUTCOME_VALUE_KIND. */
export type OutcomeEntry =
  | {
      type: OutcomeType & AnnualMoney;
      benefit: string;
      benefitCode?: UkBenefit;
      weeklyPence: number;
      awardWeeks?: number;
    }
  | { type: OutcomeType & OneOffMoney; amountPence: number; benefit?: string; benefitCode?: UkBenefit }
  | { type: OutcomeType & Achieved };

type KindOf<K> = { [T in OutcomeType]: (typeof OUTCOME_VALUE_KIND)[T] extends K ? T : never }[OutcomeType];
export type AnnualMoney = KindOf<'annual-money'>;
export type OneOffMoney = KindOf<'one-off-money'>;
export type Achieved = KindOf<'boolean'>;

export interface CaseOutcomes {
  assistanceLevel: AssistanceLevel;
  sessions: number;
  outcomes: readonly OutcomeEntry[];
}

function gbp(pence: number): { value: number; currency: 'GBP' } {
  return { value: toPounds(pence), currency: 'GBP' };
}

function outcomeType(type: OutcomeType): TaskOutput['type'] {
  return {
    coding: [localCoding(OUTPUT_TYPE, 'outcome'), localCoding(OUTCOME_TYPE, type)],
    text: OUTCOME_TYPE.codes[type],
  };
}

/** The benefit as the outcome-benefit extension holds it: the uk-benefit coding (when chosen from the list) and its words. */
function benefitConcept(
  text: string,
  code: UkBenefit | undefined,
): { coding?: ReturnType<typeof localCoding>[]; text: string } {
  return code ? { coding: [localCoding(UK_BENEFIT, code)], text } : { text };
}

export function isAnnual(entry: OutcomeEntry): entry is Extract<OutcomeEntry, { weeklyPence: number }> {
  return OUTCOME_VALUE_KIND[entry.type] === 'annual-money';
}

export function isOneOff(entry: OutcomeEntry): entry is Extract<OutcomeEntry, { amountPence: number }> {
  return OUTCOME_VALUE_KIND[entry.type] === 'one-off-money';
}

/** One typed Task.output for an outcome (profile hjp-referral-task, invariants hjp-task-4/5). */
export function outcomeOutput(entry: OutcomeEntry): TaskOutput {
  if (isAnnual(entry)) {
    return {
      extension: [
        { url: EXTENSION.outcomeBenefit, valueCodeableConcept: benefitConcept(entry.benefit, entry.benefitCode) },
        { url: EXTENSION.outcomeWeeklyAmount, valueMoney: gbp(entry.weeklyPence) },
      ],
      type: outcomeType(entry.type),
      valueMoney: gbp(annualisedPence(entry.weeklyPence, entry.awardWeeks)),
    };
  }
  if (isOneOff(entry)) {
    const benefit = entry.benefit?.trim();
    return {
      ...(benefit
        ? {
            extension: [
              { url: EXTENSION.outcomeBenefit, valueCodeableConcept: benefitConcept(benefit, entry.benefitCode) },
            ],
          }
        : {}),
      type: outcomeType(entry.type),
      valueMoney: gbp(entry.amountPence),
    };
  }
  return { type: outcomeType(entry.type), valueBoolean: true };
}

/** All outputs of a closed case: level of assistance, number of sessions, then each outcome. */
export function caseOutputs(closing: CaseOutcomes): TaskOutput[] {
  if (!Number.isInteger(closing.sessions) || closing.sessions < 0) {
    throw new RangeError('The number of advice sessions is a whole number, 0 or more.');
  }
  return [
    {
      type: { coding: [localCoding(OUTPUT_TYPE, 'assistance-level')] },
      valueCodeableConcept: { coding: [localCoding(ASSISTANCE_LEVEL, closing.assistanceLevel)] },
    },
    { type: { coding: [localCoding(OUTPUT_TYPE, 'advice-sessions')] }, valueInteger: closing.sessions },
    ...closing.outcomes.map(outcomeOutput),
  ];
}

const DEBT: readonly OutcomeType[] = ['debt-written-off', 'debt-managed'];

/** Annualised gains, one-off income (arrears, grants) and debt dealt with, in pence, for summaries. */
export function totals(outcomes: readonly OutcomeEntry[]): {
  annualPence: number;
  oneOffPence: number;
  debtPence: number;
} {
  let annualPence = 0;
  let oneOffPence = 0;
  let debtPence = 0;
  for (const entry of outcomes) {
    if (isAnnual(entry)) {
      annualPence += annualisedPence(entry.weeklyPence, entry.awardWeeks);
    } else if (isOneOff(entry) && DEBT.includes(entry.type)) {
      debtPence += entry.amountPence;
    } else if (isOneOff(entry)) {
      oneOffPence += entry.amountPence;
    }
  }
  return { annualPence, oneOffPence, debtPence };
}
