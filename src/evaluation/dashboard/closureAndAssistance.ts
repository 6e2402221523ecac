import type { MeasureReport } from '@medplum/fhirtypes';
import { ASSISTANCE_LEVEL } from '../../../fhir-profiles/src/code-systems-casework';
import { CHANGE_ITEMS } from '../../domain/measureChange';
import type { ChartData, ChartRow } from '../../ui/chart/chartData';
import { ASSISTANCE_POPULATIONS, SESSION_BANDS, type MeasureId } from '../measures';
import { countText, daysText, medianAndP90Rows } from './cellText';
import { findingTitle, listSummary } from './findings';
import { countOf, daysFigures, scoreOf, type Cell } from './reportCells';

/**
 * Issue 13's figures on the dashboard (pure, from the period's suppressed MeasureReports only):
 * time to closure against the partnership's target, closed cases by level of assistance and by
 * advice sessions, and the before-and-after measures with how many clients had both.
 */
export interface ClosureAndAssistanceView {
  readonly closure: ChartData;
  readonly assistance: ChartData;
  readonly sessions: ChartData;
  /** How many answered each measure at intake, at closing and at both. */
  readonly pairs: ChartData;
  /** Of those with both, how many improved, stayed the same or got worse. */
  readonly change: ChartData;
}

const CLOSURE_DEFINITION =
  'A case is closed when the advice service completes its referral; cancelled, rejected and unable-to-contact referrals are not closures and are left out. Counted by the day the case closed.';

const dayWord = (n: number): string => `${String(n)} ${n === 1 ? 'day' : 'days'}`;

export function closureChart(report: MeasureReport | undefined, targetDays: number): ChartData {
  const figures = daysFigures(report, 'days-to-closure');
  const { population: closed, within, pct, median, p90 } = figures;
  const rows = medianAndP90Rows(figures, { median: 'Median days to closure', p90: '9 in 10 were closed within' });
  let title = 'Time from referral to closure';
  if (pct !== undefined) {
    title = `${String(pct)}% of cases were closed within the partnership’s target of ${dayWord(targetDays)}`;
  } else if (closed === 0) {
    title = 'No case was closed in this period';
  }
  return {
    id: 'time-to-closure',
    title,
    summary: `Cases closed: ${countText(closed)}; within the target of ${dayWord(targetDays)}: ${countText(within)}${
      pct === undefined ? '' : ` (${String(pct)}%)`
    }. Median ${daysText(median)}; 90th percentile ${daysText(p90)}. ${CLOSURE_DEFINITION}`,
    labelHeader: 'Measure',
    valueHeader: 'Days',
    rows,
  };
}

const LEVEL_LABEL: Readonly<Record<string, string>> = { ...ASSISTANCE_LEVEL.codes, 'not-recorded': 'Not recorded' };

export function assistanceChart(report: MeasureReport | undefined): ChartData {
  const rows: ChartRow[] = ASSISTANCE_POPULATIONS.map((level) => ({
    key: level,
    label: LEVEL_LABEL[level] ?? level,
    value: countOf(report, 'assistance-level', level),
  }));
  const closed = countOf(report, 'assistance-level', 'closed');
  return {
    id: 'assistance-level',
    title: findingTitle(
      rows,
      (label) => `Most closed cases were given ${label}`,
      'Level of assistance: numbers too small to compare',
    ),
    summary: `${listSummary(rows)} Closed cases: ${countText(closed)}. The level of assistance the adviser recorded when closing the case.`,
    labelHeader: 'Level of assistance',
    valueHeader: 'Closed cases',
    rows,
  };
}

const sessionsText = (cell: Cell): string => {
  if (typeof cell !== 'number') {
    return countText(cell);
  }
  return `${cell.toLocaleString('en-GB')} ${cell === 1 ? 'session' : 'sessions'}`;
};

export function sessionsChart(report: MeasureReport | undefined): ChartData {
  const rows: ChartRow[] = (Object.entries(SESSION_BANDS) as [string, string][]).map(([band, label]) => ({
    key: band,
    label,
    value: countOf(report, 'sessions', band),
  }));
  const closed = countOf(report, 'sessions', 'closed');
  const median = scoreOf(report, 'sessions');
  const total = scoreOf(report, 'sessions-total');
  return {
    id: 'advice-sessions',
    title:
      typeof median === 'number'
        ? `Closed cases had a median of ${sessionsText(median)} of advice`
        : 'Advice sessions per closed case: numbers too small to show',
    summary: `${listSummary(rows)} Closed cases: ${countText(closed)}; advice sessions in all: ${sessionsText(total)}; median per closed case: ${sessionsText(median)}.`,
    labelHeader: 'Advice sessions',
    valueHeader: 'Closed cases',
    rows,
  };
}

const STRAIN = CHANGE_ITEMS[0];

export function pairsChart(report: MeasureReport | undefined): ChartData {
  const rows: ChartRow[] = CHANGE_ITEMS.map((item) => ({
    key: item.group,
    label: item.label,
    value: countOf(report, item.group, 'both'),
    extra: [countText(countOf(report, item.group, 'intake')), countText(countOf(report, item.group, 'closing'))],
  }));
  const both = STRAIN ? countOf(report, STRAIN.group, 'both') : undefined;
  const intake = STRAIN ? countOf(report, STRAIN.group, 'intake') : undefined;
  let title = 'Before and after: how many clients answered at both intake and closing';
  if (typeof both === 'number' && typeof intake === 'number' && intake > 0) {
    title = `${countText(both)} of ${countText(intake)} clients who answered financial strain at intake answered again at closing`;
  }
  return {
    id: 'before-after-pairs',
    title,
    summary: `Clients with both an intake and a closing answer: ${listSummary(rows)} A change can only be measured for them.`,
    labelHeader: 'Measure',
    valueHeader: 'With both',
    extraHeaders: ['At intake', 'At closing'],
    rows,
  };
}

export function changeChart(report: MeasureReport | undefined): ChartData {
  const rows: ChartRow[] = CHANGE_ITEMS.map((item) => ({
    key: item.group,
    label: item.label,
    value: countOf(report, item.group, 'improved'),
    extra: [
      countText(countOf(report, item.group, 'same')),
      countText(countOf(report, item.group, 'worse')),
      countText(countOf(report, item.group, 'both')),
    ],
  }));
  const improved = STRAIN ? countOf(report, STRAIN.group, 'improved') : undefined;
  const both = STRAIN ? countOf(report, STRAIN.group, 'both') : undefined;
  const title =
    typeof improved === 'number' && typeof both === 'number' && both > 0
      ? `${countText(improved)} of ${countText(both)} clients with both answers had less financial strain at closing`
      : 'Change from intake to closing: numbers too small to show';
  return {
    id: 'before-after-change',
    title,
    summary: `Improved at closing, of the clients with both answers: ${listSummary(rows)} Improved means less financial strain, or a higher ONS4 score (a lower one for anxiety).`,
    labelHeader: 'Measure',
    valueHeader: 'Improved',
    extraHeaders: ['The same', 'Worse', 'With both'],
    rows,
  };
}

export function closureAndAssistanceView(
  reports: Partial<Record<MeasureId, MeasureReport>>,
  closureTargetDays: number,
): ClosureAndAssistanceView {
  const activity = reports['assistance-sessions'];
  return {
    closure: closureChart(reports['time-to-closure'], closureTargetDays),
    assistance: assistanceChart(activity),
    sessions: sessionsChart(activity),
    pairs: pairsChart(reports['before-after']),
    change: changeChart(reports['before-after']),
  };
}
