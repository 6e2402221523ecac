import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import type { Consent, ServiceRequest, Task } from '@medplum/fhirtypes';
import { deriveNeeds } from '../../fhir-profiles/src/needs';
import { WELFARE_QUESTIONNAIRE } from '../../fhir-profiles/src/terminology';
import { annualisedPence, toPence } from '../../src/outcomes/annualise';
import { financialYear } from '../../src/evaluation/periods';
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
