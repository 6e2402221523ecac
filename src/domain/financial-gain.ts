import { OUTCOME_VALUE_KIND, type OutcomeType } from '../../fhir-profiles/src/terminology';

/**
 * The one rule for financial gain (evaluation.md, metric 4), shared by the evaluation engine (its
 * SQL reads these tables) and the funder report (which prints `describeGainRule`):
 * - recurring: an ongoing award counts its additional weekly amount × weeks per year (52 by
 *   default, configurable), capped at the award's length when it is shorter (what the adviser
 *   recorded on Task.output: valueMoney = weekly × min(52, award weeks), see src/outcomes/annualise);
 * - arrears (backdated lump sums), one-off payments, debt written off and debt managed are kept
 *   apart, each at the amount recorded, never annualised and never added to the recurring figure.
 * Gross, not net: no comparison group.
 */
/** Weeks in a year for annualising a weekly award (the default rule; src/outcomes/annualise uses it too). */
export const WEEKS_IN_YEAR = 52;

export const GAIN_KINDS = ['recurring', 'arrears', 'one-off', 'debt-written-off', 'debt-managed'] as const;
export type GainKind = (typeof GAIN_KINDS)[number];

/** The kind of gain of each money outcome; outcomes not listed (boolean ones) carry no money. */
export const GAIN_KIND_OF_OUTCOME = {
  'benefit-awarded': 'recurring',
  'benefit-increased': 'recurring',
  'backdated-arrears': 'arrears',
  'one-off-payment': 'one-off',
  'debt-written-off': 'debt-written-off',
  'debt-managed': 'debt-managed',
} as const satisfies Partial<Record<OutcomeType, GainKind>>;

export interface GainRule {
  /** Weeks an ongoing weekly award counts for (52 = one year). */
  readonly weeksPerYear: number;
}

export const DEFAULT_GAIN_RULE: GainRule = { weeksPerYear: WEEKS_IN_YEAR };

export const GAIN_KIND_LABEL: Readonly<Record<GainKind, string>> = {
  recurring: 'Recurring (annualised) benefit gains',
  arrears: 'Arrears and backdated payments',
  'one-off': 'One-off payments and grants',
  'debt-written-off': 'Debt written off',
  'debt-managed': 'Debt managed (rescheduled)',
};

/** The rule in words, for the report's methods section. */
export function describeGainRule(rule: GainRule = DEFAULT_GAIN_RULE): string {
  return (
    `Ongoing awards count their additional weekly amount × ${String(rule.weeksPerYear)} weeks ` +
    '(less when the award is shorter); arrears, one-off payments, debt written off and debt managed ' +
    'are counted once at the amount recorded and reported separately. Figures are gross financial gain.'
  );
}

/** Money outcome types by kind, checked against the terminology (every annual-money type is recurring). */
export function moneyOutcomeTypes(): OutcomeType[] {
  return (Object.keys(OUTCOME_VALUE_KIND) as OutcomeType[]).filter((t) => OUTCOME_VALUE_KIND[t] !== 'boolean');
}
