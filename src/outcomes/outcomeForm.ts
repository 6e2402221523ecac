import { OUTCOME_VALUE_KIND, type AssistanceLevel, type OutcomeType } from '../../fhir-profiles/src/terminology';
import { toPence } from './annualise';
import type { CaseOutcomes, OutcomeEntry } from './outcomeOutputs';

/** What the close form holds: text as typed, checked on submit. */
export interface OutcomeDraft {
  key: string;
  type: OutcomeType;
  benefit: string;
  amount: string;
  awardWeeks: string;
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
  if (kind === 'annual-money' && !d.benefit.trim()) {
    problems[`${d.key}-benefit`] = 'Enter which benefit.';
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
    if (pence === undefined || !d.benefit.trim()) {
      return undefined;
    }
    return {
      type: d.type,
      benefit: d.benefit.trim(),
      weeklyPence: pence,
      ...(weeks && Number.isInteger(weeks) && weeks >= 1 ? { awardWeeks: weeks } : {}),
    } as OutcomeEntry;
  }
  if (pence === undefined) {
    return undefined;
  }
  return {
    type: d.type,
    amountPence: pence,
    ...(d.benefit.trim() ? { benefit: d.benefit.trim() } : {}),
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
