import {
  OUTCOME_VALUE_KIND,
  type AssistanceLevel,
  type OutcomeType,
  type UkBenefit,
} from '../../fhir-profiles/src/terminology';
import { UK_BENEFIT } from '../../fhir-profiles/src/code-systems-casework';
import { toPence } from './annualise';
import type { CaseOutcomes, OutcomeEntry } from './outcomeOutputs';

/** What the close form holds: text as typed, checked on submit. */
export interface OutcomeDraft {
  key: string;
  type: OutcomeType;
  /** The benefit chosen from the uk-benefit list ('' = none chosen yet). */
  benefitCode?: UkBenefit | '';
  /** Free text: the benefit's name when "Other" is chosen; for one-off money, the creditor or payment when no benefit is chosen. */
  benefit: string;
  amount: string;
  /** How often the amount is paid (annual-money outcomes): it is turned into a weekly amount. */
  period?: AmountPeriod;
  awardWeeks: string;
}

/** The periods benefits are paid in (UC monthly, most DWP benefits weekly or four-weekly). */
export const AMOUNT_PERIOD = {
  week: 'a week',
  'four-weeks': 'every 4 weeks',
  month: 'a month',
  year: 'a year',
} as const;
export type AmountPeriod = keyof typeof AMOUNT_PERIOD;

/** An amount paid per `period`, as whole pence a week (a month is 12/52 of a year; rounded to the penny). */
export function weeklyFrom(pence: number, period: AmountPeriod): number {
  const perYear = { week: 52, 'four-weeks': 13, month: 12, year: 1 }[period];
  return Math.round((pence * perYear) / 52);
}

/** The benefit's words and code as the outcome records them; undefined with a problem when it is missing. */
function benefitOf(d: OutcomeDraft): { text: string; code?: UkBenefit } | undefined {
  const code = d.benefitCode;
  if (code && code !== 'other') {
    return { text: UK_BENEFIT.codes[code], code };
  }
  const text = d.benefit.trim();
  if (!text) {
    return undefined;
  }
  return code === 'other' ? { text, code } : { text };
}

export interface CloseDraft {
  level: AssistanceLevel | undefined;
  sessions: string;
  outcomes: OutcomeDraft[];
}

export type CloseProblems = Record<string, string>;

/** "£1,234.50" or "1234.5" → pence; undefined when it is not an amount. */
export function parseMoney(text: string): number | undefined {
  const clean = text.replace(/[£,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) {
    return undefined;
  }
  try {
    return toPence(Number(clean));
  } catch {
    return undefined;
  }
}

function entry(d: OutcomeDraft, problems: CloseProblems): OutcomeEntry | undefined {
  const kind = OUTCOME_VALUE_KIND[d.type];
  if (kind === 'boolean') {
    return { type: d.type } as OutcomeEntry;
  }
  // Problems are listed in the order the fields appear on the page.
  const benefit = benefitOf(d);
  if (kind === 'annual-money' && !benefit) {
    if (d.benefitCode === 'other') {
      problems[`${d.key}-benefit-other`] = 'Enter the name of the benefit.';
    } else {
      problems[`${d.key}-benefit`] = 'Choose which benefit.';
    }
  }
  const pence = parseMoney(d.amount);
  if (pence === undefined) {
    problems[`${d.key}-amount`] = 'Enter an amount in pounds, for example 92.40.';
  }
  if (kind === 'annual-money') {
    const weeks = d.awardWeeks.trim() ? Number(d.awardWeeks) : undefined;
    if (weeks !== undefined && (!Number.isInteger(weeks) || weeks < 1)) {
      problems[`${d.key}-weeks`] = 'Enter the award length in whole weeks, or leave it empty.';
    }
    if (pence === undefined || !benefit) {
      return undefined;
    }
    return {
      type: d.type,
      benefit: benefit.text,
      ...(benefit.code ? { benefitCode: benefit.code } : {}),
      weeklyPence: weeklyFrom(pence, d.period ?? 'week'),
      ...(weeks && Number.isInteger(weeks) && weeks >= 1 ? { awardWeeks: weeks } : {}),
    } as OutcomeEntry;
  }
  if (pence === undefined) {
    return undefined;
  }
  return {
    type: d.type,
    amountPence: pence,
    ...(benefit ? { benefit: benefit.text } : {}),
    ...(benefit?.code ? { benefitCode: benefit.code } : {}),
  } as OutcomeEntry;
}

/** Checks the close form; returns the outcomes to record, or the problems by field id. */
export function readCloseDraft(
  draft: CloseDraft,
): { ok: true; value: CaseOutcomes } | { ok: false; problems: CloseProblems } {
  const problems: CloseProblems = {};
  if (!draft.level) {
    problems['close-level'] = 'Choose the level of help given.';
  }
  const sessions = Number(draft.sessions);
  if (!draft.sessions.trim() || !Number.isInteger(sessions) || sessions < 0) {
    problems['close-sessions'] = 'Enter the number of advice sessions as a whole number.';
  }
  const outcomes = draft.outcomes.map((d) => entry(d, problems));
  if (Object.keys(problems).length > 0 || !draft.level) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      assistanceLevel: draft.level,
      sessions,
      outcomes: outcomes.filter((o): o is OutcomeEntry => o !== undefined),
    },
  };
}
