import type { MeasureReport } from '@medplum/fhirtypes';
import { money } from '../../domain/dates';
import type { ChartData, ChartRow } from '../../ui/chart/chartData';
import { FUNNEL_POPULATIONS, type MeasureId, type Stratifier } from '../measures';
import type { Period } from '../periods';
import { countText, daysText, medianAndP90Rows, moneyText } from './cellText';
import { countOf, daysFigures, scoreOf, share, strataOf, type Cell } from './reportCells';
import { findingTitle, listSummary } from './findings';
import { orderStrata, STRATIFIER_NAMES, stratumLabel } from './labels';

/**
 * The dashboard's figures for one period, from its MeasureReports only (already through the
 * small-number rule: see resuppress.ts). Pure: reports in, headline figures and charts out.
 */
export interface PeriodReports {
  readonly period: Period;
  readonly reports: Partial<Record<MeasureId, MeasureReport>>;
  /** The period's quarters (of a year) or months (of a quarter), each with its funnel, in order. */
  readonly parts: readonly { readonly period: Period; readonly label: string; readonly funnel?: MeasureReport }[];
}

export interface Headline {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

export interface DashboardView {
  /** When the figures were computed (the reports' `date`): "figures as of". */
  readonly asOf: string | undefined;
  readonly headline: readonly Headline[];
  readonly funnel: ChartData;
  readonly activity: readonly ChartData[];
  readonly overTime: ChartData | undefined;
  readonly timeliness: ChartData;
  readonly gain: ChartData;
  readonly valuePerPound: string;
  readonly equity: readonly ChartData[];
  readonly healthUse: ChartData;
  readonly completeness: ChartData;
}

export const FUNNEL_STEPS = [
  'screenings-completed',
  'screenings-with-need',
  'consent-given',
  'referrals-sent',
  'accepted',
  'first-contact',
  'advice-session',
  'closed-with-outcome',
] as const;

function funnelChart(funnel: MeasureReport | undefined): ChartData {
  const rows: ChartRow[] = FUNNEL_STEPS.map((p) => ({
    key: p,
    label: FUNNEL_POPULATIONS[p],
    value: countOf(funnel, 'funnel', p),
  }));
  const others: ChartRow[] = (Object.keys(FUNNEL_POPULATIONS) as (keyof typeof FUNNEL_POPULATIONS)[])
    .filter((p) => !(FUNNEL_STEPS as readonly string[]).includes(p))
    .map((p) => ({ key: p, label: FUNNEL_POPULATIONS[p], value: countOf(funnel, 'funnel', p) }));
  const sent = countOf(funnel, 'funnel', 'referrals-sent');
  const contact = countOf(funnel, 'funnel', 'first-contact');
  let title = 'From screening to outcome';
  if (typeof sent === 'number' && typeof contact === 'number' && sent > 0) {
    title = `${countText(contact)} of ${countText(sent)} referrals reached first contact`;
  }
  return {
    id: 'funnel',
    title,
    summary: listSummary(rows),
    labelHeader: 'Stage',
    valueHeader: 'Count',
    rows: [...rows, ...others],
  };
}

function strataChart(
  report: MeasureReport | undefined,
  stratifier: Stratifier,
  id: string,
  most: (label: string) => string,
  population = 'referrals-sent',
): ChartData {
  const values = orderStrata(stratifier, strataOf(report, 'funnel', stratifier));
  const rows: ChartRow[] = values.map((v) => ({
    key: v,
    label: stratumLabel(stratifier, v),
    value: countOf(report, 'funnel', population, [stratifier, v]),
  }));
  const name = STRATIFIER_NAMES[stratifier].toLowerCase();
  return {
    id,
    title: findingTitle(rows, most, `Referrals by ${name}: numbers too small to compare`),
    summary: listSummary(rows),
    labelHeader: STRATIFIER_NAMES[stratifier],
    valueHeader: 'Referrals',
    rows,
  };
}

function overTimeChart(parts: PeriodReports['parts']): ChartData | undefined {
  if (parts.length === 0) {
    return undefined;
  }
  const rows: ChartRow[] = parts.map((p) => ({
    key: p.period.id,
    label: p.label,
    value: countOf(p.funnel, 'funnel', 'referrals-sent'),
    extra: [
      countText(countOf(p.funnel, 'funnel', 'referrals-sent', ['area-of-law', 'benefits'])),
      countText(countOf(p.funnel, 'funnel', 'referrals-sent', ['setting', 'hospital-ward'])),
      countText(countOf(p.funnel, 'funnel', 'referrals-sent', ['urgency', 'urgent'])),
    ],
  }));
  return {
    id: 'over-time',
    title: findingTitle(rows, (label) => `Most referrals in this period were sent in ${label}`, 'Referrals over time'),
    summary: listSummary(rows),
    labelHeader: 'Period',
    valueHeader: 'Referrals',
    extraHeaders: ['About benefits', 'From hospital wards', 'Urgent'],
    rows,
  };
}

function timelinessChart(report: MeasureReport | undefined): ChartData {
  const figures = daysFigures(report, 'days-to-first-contact');
  const { population, within, pct, median, p90 } = figures;
  const rows = medianAndP90Rows(figures, {
    median: 'Median days to first contact',
    p90: '9 in 10 were contacted within',
  });
  return {
    id: 'timeliness',
    title:
      pct === undefined
        ? 'Time from referral to first contact'
        : `${String(pct)}% of clients were contacted within the partnership’s target`,
    summary: `Referrals with a first contact: ${countText(population)}; within the target: ${countText(within)}${
      pct === undefined ? '' : ` (${String(pct)}%)`
    }. Median ${daysText(median)}; 90th percentile ${daysText(p90)}.`,
    labelHeader: 'Measure',
    valueHeader: 'Days',
    rows,
  };
}

const GAIN_KINDS = [
  ['recurring', 'Recurring (a year of awards)'],
  ['arrears', 'Arrears and backdated payments'],
  ['one-off', 'One-off payments and grants'],
  ['debt-written-off', 'Debt written off'],
  ['debt-managed', 'Debt managed'],
  ['total', 'Total'],
] as const;

function perClient(amount: Cell, clients: Cell): string {
  if (clients === 0) {
    return money(0);
  }
  if (typeof amount !== 'number' || typeof clients !== 'number') {
    return '*';
  }
  return `about ${money(amount / clients)}`;
}

function gainTitle(total: Cell, clients: Cell): string {
  if (typeof total === 'number') {
    return `Clients gained ${money(total)} in this period`;
  }
  return clients === 0
    ? 'No financial gain was recorded for cases closed in this period'
    : 'Financial gain: numbers too small to show';
}

/** The total gain as text: £0.00 when no client had a gain (the report then has no score). */
export function totalGainText(report: MeasureReport | undefined): string {
  const total = scoreOf(report, 'total');
  return total === undefined && countOf(report, 'total', 'clients-with-gain') === 0 ? money(0) : moneyText(total);
}

function gainChart(report: MeasureReport | undefined): ChartData {
  const rows: ChartRow[] = GAIN_KINDS.map(([group, label]) => {
    const amount = scoreOf(report, group);
    const clients = countOf(report, group, 'clients-with-gain');
    return {
      key: group,
      label,
      value: amount ?? (clients === 0 ? 0 : undefined),
      text: amount === undefined && clients === 0 ? money(0) : moneyText(amount),
      extra: [countText(clients), perClient(amount, clients)],
    };
  });
  const total = scoreOf(report, 'total');
  const totalClients = countOf(report, 'total', 'clients-with-gain');
  return {
    id: 'financial-gain',
    title: gainTitle(total, totalClients),
    summary: `${listSummary(rows.slice(0, -1))} Clients with a gain: ${countText(totalClients)}. Gross gains, by the day the case closed; recurring awards are counted for a year (weekly amount × 52) unless the award was shorter.`,
    labelHeader: 'Kind of gain',
    valueHeader: 'Amount',
    extraHeaders: ['Clients with a gain', 'Per client with a gain'],
    rows,
  };
}

function healthUseChart(report: MeasureReport | undefined): ChartData {
  const rows: ChartRow[] = [
    ['gp-consultations', 'GP consultations'],
    ['admissions', 'Hospital admissions'],
  ].flatMap(([group = '', label = '']) => [
    { key: `${group}-before`, label: `${label} before referral`, value: countOf(report, group, 'before') },
    { key: `${group}-after`, label: `${label} after referral`, value: countOf(report, group, 'after') },
  ]);
  return {
    id: 'health-service-use',
    title: 'Health-service use before and after referral',
    summary: `${listSummary(rows)} Referred patients: ${countText(countOf(report, 'referrals', 'measure-population'))}. Equal windows before and after the referral date; recent referrals’ “after” windows may not have ended.`,
    labelHeader: 'Use',
    valueHeader: 'Encounters',
    rows,
  };
}

function completenessChart(report: MeasureReport | undefined): ChartData {
  const c = (p: string): Cell => countOf(report, 'completeness', p);
  const pctText = (part: Cell, whole: Cell): string => {
    const pct = share(part, whole);
    return pct === undefined ? 'Not known' : `${String(pct)}%`;
  };
  const rows: ChartRow[] = [
    {
      key: 'decile',
      label: 'With a deprivation decile',
      value: c('with-deprivation-decile'),
      extra: [countText(c('measure-population')), pctText(c('with-deprivation-decile'), c('measure-population'))],
    },
    {
      key: 'ethnic',
      label: 'With an ethnic category',
      value: c('with-ethnic-category'),
      extra: [countText(c('measure-population')), pctText(c('with-ethnic-category'), c('measure-population'))],
    },
    {
      key: 'outcome',
      label: 'Closed with a coded outcome',
      value: c('closed-with-outcome'),
      extra: [countText(c('closed')), pctText(c('closed-with-outcome'), c('closed'))],
    },
  ];
  return {
    id: 'completeness',
    title: 'How complete the record is',
    summary: `${listSummary(rows)} Follow-up (before-and-after) measures are counted under “Before and after”.`,
    labelHeader: 'Referrals or closed cases',
    valueHeader: 'Count',
    extraHeaders: ['Out of', 'Share'],
    rows,
  };
}

/** Gross financial gain per £1 of funding, or why it cannot be given. */
export function valuePerPound(total: Cell, funding: number | undefined): string {
  if (funding === undefined) {
    return 'Funding not configured for exactly this period (a grant that runs beyond it is not split): gain per £1 of funding cannot be worked out.';
  }
  if (typeof total !== 'number') {
    return 'Gain per £1 of funding: the total gain is hidden (too few clients).';
  }
  if (funding <= 0) {
    return 'Gain per £1 of funding: the funding configured for this period is £0.';
  }
  return `£${(total / funding).toFixed(2)} gross financial gain for clients per £1 of funding (${money(funding)}); gross, with no comparison group.`;
}

export function dashboardView(input: PeriodReports, funding: number | undefined): DashboardView {
  const { funnel, 'time-to-first-contact': time, 'financial-gain': gain } = input.reports;
  const dates = Object.values(input.reports)
    .map((r) => r.date ?? '')
    .filter(Boolean)
    .sort();
  const headline: Headline[] = [
    { key: 'referrals-sent', label: 'Referrals sent', value: countText(countOf(funnel, 'funnel', 'referrals-sent')) },
    {
      key: 'people-referred',
      label: 'People referred',
      value: countText(countOf(funnel, 'funnel', 'people-referred')),
    },
    {
      key: 'issues-referred',
      label: 'Issues referred',
      value: countText(countOf(funnel, 'funnel', 'issues-referred')),
    },
    { key: 'total-gain', label: 'Financial gain for clients', value: totalGainText(gain) },
    {
      key: 'median-days',
      label: 'Median days to first contact',
      value: daysText(scoreOf(time, 'days-to-first-contact')),
    },
  ];
  return {
    asOf: dates[dates.length - 1],
    headline,
    funnel: funnelChart(funnel),
    activity: [
      strataChart(funnel, 'area-of-law', 'by-area', (l) => `Most referrals were about ${l}`),
      strataChart(funnel, 'referral-source', 'by-source', (l) => `Most referrals came from a ${l}`),
      strataChart(funnel, 'setting', 'by-setting', (l) => `Most referrals came from ${l}`),
      strataChart(funnel, 'urgency', 'by-urgency', (l) => `Most referrals were ${l}`),
    ],
    overTime: overTimeChart(input.parts),
    timeliness: timelinessChart(time),
    gain: gainChart(gain),
    valuePerPound: valuePerPound(scoreOf(gain, 'total'), funding),
    equity: [
      strataChart(funnel, 'deprivation-decile', 'by-decile', (l) => `Most referrals were of people in decile ${l}`),
      strataChart(funnel, 'age-band', 'by-age', (l) => `Most referrals were of people aged ${l}`),
      strataChart(funnel, 'sex', 'by-sex', (l) => `Most people referred were recorded as ${l}`),
      strataChart(funnel, 'ethnic-category', 'by-ethnicity', (l) => `Most people referred were recorded as ${l}`),
    ],
    healthUse: healthUseChart(input.reports['health-service-use']),
    completeness: completenessChart(input.reports['data-completeness']),
  };
}
