import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import type { Consent, ServiceRequest, Task } from '@medplum/fhirtypes';
import { deriveNeeds } from '../../fhir-profiles/src/needs';
import { WELFARE_QUESTIONNAIRE } from '../../fhir-profiles/src/terminology';
import { annualisedPence, toPence } from '../../src/outcomes/annualise';
import { financialYear } from '../../src/evaluation/periods';
import { answerScore, CHANGE_ITEMS, changeOf, type Change } from '../../src/domain/measureChange';
import { isMeasure, latestResponse } from '../../src/domain/measures';
import { expect } from 'vitest';
import { DEFAULT_SUPPRESSION, isPrimarySuppressed, roundCount } from '../../src/evaluation/suppression';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { searchAll } from './evaluation';

/**
 * A period's funnel and gain figures (a financial year, a month or a range of days) counted here, independently of the engine, from the
 * record's resources over the FHIR API (as test/integration/evaluation-seed.test.ts does): what the
 * engine's MeasureReports, and so the dashboard, must agree with.
 */
export const OPEN_OR_DONE = ['accepted', 'in-progress', 'on-hold', 'completed', 'failed'];
const CONTACT_STAGES = ['contacted', 'advice-given', 'casework', 'awaiting-decision', 'appeal-tribunal'];
/** The UK financial year id (FY2026-27) of an ISO date. */
export const fy = (iso: string | undefined): string => financialYear(iso ?? '').id;

/** A financial year by id, or any run of days (a month, a custom range: first and last day). */
export type SeedPeriod = string | { readonly start: string; readonly end: string };
const falls = (period: SeedPeriod, iso: string | undefined): boolean => {
  if (typeof period === 'string') {
    return fy(iso) === period;
  }
  const day = (iso ?? '').slice(0, 10);
  return day >= period.start && day <= period.end;
};

/** Whether the advice service has made first contact on a referral Task (its status or stage). */
export function contacted(task: Task): boolean {
  const stage = task.businessStatus?.coding?.[0]?.code ?? '';
  return ['in-progress', 'on-hold', 'completed'].includes(task.status) || CONTACT_STAGES.includes(stage);
}

/**
 * The gains one closed case records, in pence: recurring by weekly × 52, the others as recorded;
 * undefined when it records no money outcome at all.
 */
export function closedCaseGainPence(task: Task): number | undefined {
  let total: number | undefined;
  for (const output of task.output ?? []) {
    const codes = output.type.coding?.map((c) => c.code) ?? [];
    if (!codes.includes('outcome') || output.valueMoney?.value === undefined) {
      continue;
    }
    const weekly = output.extension?.find((e) => e.url.endsWith('/outcome-weekly-amount'))?.valueMoney?.value;
    total = (total ?? 0) + (weekly !== undefined ? annualisedPence(toPence(weekly)) : toPence(output.valueMoney.value));
  }
  return total;
}

/** What the rule lets a screen show for an exact count: "*" for 1–7 (or a secondary "*"), else rounded. */
export function expectShownAs(shown: string, exact: number, what: string): void {
  if (isPrimarySuppressed(exact, DEFAULT_SUPPRESSION)) {
    expect(shown, what).toBe('*');
  } else if (shown !== '*') {
    expect(shown, what).toBe(roundCount(exact, DEFAULT_SUPPRESSION).toLocaleString('en-GB'));
  }
}

export interface YearFigures {
  readonly funnel: Readonly<Record<string, number>>;
  /** Gains of the cases closed in the year, in pence, and the clients who had one. */
  readonly gainPence: number;
  readonly clientsWithGain: number;
}

export async function seedFigures(sandbox: RunningSandbox, token: string, period: SeedPeriod): Promise<YearFigures> {
  const [referrals, tasks, consents, allResponses, questionnaires] = await Promise.all([
    searchAll<ServiceRequest>(sandbox, token, 'ServiceRequest'),
    searchAll<Task>(sandbox, token, 'Task'),
    searchAll<Consent>(sandbox, token, 'Consent'),
    searchAll<QuestionnaireResponse>(sandbox, token, 'QuestionnaireResponse'),
    searchAll<Questionnaire>(sandbox, token, 'Questionnaire'),
  ]);
  const questionnaire = questionnaires.find((q) => q.url === WELFARE_QUESTIONNAIRE.url);
  const screenings = allResponses.filter(
    (q) => q.questionnaire?.startsWith(WELFARE_QUESTIONNAIRE.url) && falls(period, q.authored),
  );
  const referralTasks = tasks.filter((t) => t.code?.coding?.some((c) => c.code === 'fulfill'));
  const inPeriod = referrals.filter((r) => falls(period, r.authoredOn));
  const taskOf = (r: ServiceRequest): Task | undefined =>
    referralTasks.find((t) => t.focus?.reference === `ServiceRequest/${r.id ?? ''}`);
  const withStatus = (statuses: string[]): number =>
    inPeriod.filter((r) => statuses.includes(taskOf(r)?.status ?? '')).length;
  const inYearConsents = consents.filter((c) => falls(period, c.dateTime));
  const funnel = {
    'screenings-completed': screenings.length,
    'screenings-with-need': screenings.filter((q) => deriveNeeds(questionnaire!, q.item).areas.length > 0).length,
    'consent-asked': inYearConsents.length,
    'consent-given': inYearConsents.filter((c) => c.status === 'active').length,
    'consent-withdrawn': inYearConsents.filter((c) => c.status === 'inactive').length,
    'referrals-sent': inPeriod.length,
    'people-referred': new Set(inPeriod.map((r) => r.subject.reference)).size,
    'issues-referred': inPeriod.reduce((n, r) => n + (r.reasonCode?.length ?? 0), 0),
    accepted: withStatus(OPEN_OR_DONE),
    rejected: withStatus(['rejected']),
    cancelled: withStatus(['cancelled']),
    'unable-to-contact': withStatus(['failed']),
    'first-contact': inPeriod.filter((r) => {
      const t = taskOf(r);
      return t !== undefined && contacted(t);
    }).length,
  };
  let gainPence = 0;
  const clients = new Set<string>();
  for (const task of referralTasks.filter((t) => t.status === 'completed' && falls(period, t.lastModified))) {
    const gain = closedCaseGainPence(task);
    if (gain !== undefined) {
      gainPence += gain;
      clients.add(task.for?.reference ?? '');
    }
  }
  return { funnel, gainPence, clientsWithGain: clients.size };
}

const dayNumber = (iso: string | undefined): number => Date.parse(`${(iso ?? '').slice(0, 10)}T00:00:00Z`) / 86_400_000;
const outputOf = (task: Task, type: string): NonNullable<Task['output']>[number] | undefined =>
  task.output?.find((o) => o.type.coding?.some((c) => c.code === type));

/** Issue 13's figures for a period, counted from the record's resources (not from the engine's SQL). */
export interface MeasureFigures {
  /** Days from referral to closure of each case closed (completed) in the period. */
  readonly closureDays: readonly number[];
  readonly closedWithinTarget: number;
  /** Closed cases by level of assistance ("not-recorded" when none). */
  readonly byLevel: Readonly<Record<string, number>>;
  /** Advice sessions of each closed case (0 when none recorded). */
  readonly sessions: readonly number[];
  /** Per before-and-after item: cases of referrals made in the period with an intake, closing and both answers. */
  readonly change: Readonly<Record<string, Readonly<Record<'intake' | 'closing' | 'both' | Change, number>>>>;
}

export async function measureFigures(
  sandbox: RunningSandbox,
  token: string,
  periodId: string,
  closureTargetDays: number,
): Promise<MeasureFigures> {
  const [referrals, tasks, responses] = await Promise.all([
    searchAll<ServiceRequest>(sandbox, token, 'ServiceRequest'),
    searchAll<Task>(sandbox, token, 'Task'),
    searchAll<QuestionnaireResponse>(sandbox, token, 'QuestionnaireResponse'),
  ]);
  const closed = tasks.filter(
    (t) =>
      t.code?.coding?.some((c) => c.code === 'fulfill') && t.status === 'completed' && fy(t.lastModified) === periodId,
  );
  const referredOn = (t: Task): string | undefined =>
    referrals.find((r) => `ServiceRequest/${r.id ?? ''}` === t.focus?.reference)?.authoredOn;
  const closureDays = closed.map((t) => dayNumber(t.lastModified) - dayNumber(referredOn(t)));
  const byLevel: Record<string, number> = {};
  for (const t of closed) {
    const level = outputOf(t, 'assistance-level')?.valueCodeableConcept?.coding?.[0]?.code ?? 'not-recorded';
    byLevel[level] = (byLevel[level] ?? 0) + 1;
  }
  const change: Record<string, Record<string, number>> = {};
  const measures = responses.filter(isMeasure);
  for (const item of CHANGE_ITEMS) {
    const counts: Record<string, number> = { intake: 0, closing: 0, both: 0, improved: 0, same: 0, worse: 0 };
    for (const r of referrals.filter((x) => fy(x.authoredOn) === periodId)) {
      const own = measures.filter((m) => m.basedOn?.some((b) => b.reference === `ServiceRequest/${r.id ?? ''}`));
      const scoreAt = (timepoint: 'intake' | 'closing'): number | undefined => {
        const answer = latestResponse(own, item.questionnaire, timepoint)?.item?.find((i) => i.linkId === item.linkId)
          ?.answer?.[0];
        return answerScore(item, answer?.valueInteger ?? answer?.valueCoding?.code);
      };
      const before = scoreAt('intake');
      const after = scoreAt('closing');
      counts.intake = (counts.intake ?? 0) + (before === undefined ? 0 : 1);
      counts.closing = (counts.closing ?? 0) + (after === undefined ? 0 : 1);
      if (before !== undefined && after !== undefined) {
        const c = changeOf(item, before, after);
        counts.both = (counts.both ?? 0) + 1;
        counts[c] = (counts[c] ?? 0) + 1;
      }
    }
    change[item.group] = counts;
  }
  return {
    closureDays,
    closedWithinTarget: closureDays.filter((d) => d <= closureTargetDays).length,
    byLevel,
    sessions: closed.map((t) => outputOf(t, 'advice-sessions')?.valueInteger ?? 0),
    change: change as MeasureFigures['change'],
  };
}
