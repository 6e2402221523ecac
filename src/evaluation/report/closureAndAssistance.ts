import type { MeasureReport } from '@medplum/fhirtypes';
import { ASSISTANCE_LEVEL } from '../../../fhir-profiles/src/code-systems-casework';
import { CHANGE_ITEMS } from '../../domain/measureChange';
import { countOf, scoreOf, type Cell } from '../dashboard/reportCells';
import { ASSISTANCE_POPULATIONS, SESSION_BANDS, type MeasureId } from '../measures';
import { reportKey, shownReport } from '../resuppress';
import { SUPPRESSED, type Shown, type SuppressionRule } from '../suppression';

/**
 * The funder report's time to closure, level of assistance and sessions, and before-and-after
 * figures (issue 13). Each report goes through the engine's own builder under the partnership's
 * rule first (resuppress.ts `shownReport`: exact reports are suppressed here, with every
 * total-and-parts relation of the measure); a report suppressed under another rule is not shown.
 */
export interface LabelledCount {
  readonly key: string;
  readonly label: string;
  readonly count: Shown;
}

export interface ChangeFigures {
  readonly group: string;
  readonly label: string;
  readonly intake: Shown;
  readonly closing: Shown;
  readonly both: Shown;
  readonly improved: Shown;
  readonly same: Shown;
  readonly worse: Shown;
}

type Score = number | typeof SUPPRESSED | undefined;

export interface ClosureAndAssistanceFigures {
  /** undefined when the period has no (showable) report of the measure. */
  readonly closure:
    | { readonly closed: Shown; readonly withinTarget: Shown; readonly medianDays: Score; readonly p90Days: Score }
    | undefined;
  readonly assistance:
    | {
        readonly closed: Shown;
        readonly levels: readonly LabelledCount[];
        readonly sessions: readonly LabelledCount[];
        readonly medianSessions: Score;
        readonly totalSessions: Score;
      }
    | undefined;
  readonly beforeAfter: readonly ChangeFigures[] | undefined;
}

/** Every population a report's measure has is in it; a missing one is shown as hidden, never as 0. */
const shown = (cell: Cell): Shown => cell ?? SUPPRESSED;
const LEVEL_LABEL: Readonly<Record<string, string>> = { ...ASSISTANCE_LEVEL.codes, 'not-recorded': 'Not recorded' };

export function closureAndAssistanceFigures(
  reports: readonly MeasureReport[],
  periodId: string,
  rule: SuppressionRule,
): ClosureAndAssistanceFigures {
  const of = (measure: MeasureId): MeasureReport | undefined => {
    const report = reports.find((r) => {
      const key = reportKey(r);
      return key?.measure === measure && key.periodId === periodId;
    });
    return report ? shownReport(report, rule) : undefined;
  };
  const closure = of('time-to-closure');
  const activity = of('assistance-sessions');
  const change = of('before-after');
  return {
    closure: closure && {
      closed: shown(countOf(closure, 'days-to-closure', 'measure-population')),
      withinTarget: shown(countOf(closure, 'days-to-closure', 'within-target')),
      medianDays: scoreOf(closure, 'days-to-closure'),
      p90Days: scoreOf(closure, 'days-to-closure-p90'),
    },
    assistance: activity && {
      closed: shown(countOf(activity, 'assistance-level', 'closed')),
      levels: ASSISTANCE_POPULATIONS.map((level) => ({
        key: level,
        label: LEVEL_LABEL[level] ?? level,
        count: shown(countOf(activity, 'assistance-level', level)),
      })),
      sessions: (Object.entries(SESSION_BANDS) as [string, string][]).map(([band, label]) => ({
        key: band,
        label,
        count: shown(countOf(activity, 'sessions', band)),
      })),
      medianSessions: scoreOf(activity, 'sessions'),
      totalSessions: scoreOf(activity, 'sessions-total'),
    },
    beforeAfter:
      change &&
      CHANGE_ITEMS.map((item) => ({
        group: item.group,
        label: item.label,
        intake: shown(countOf(change, item.group, 'intake')),
        closing: shown(countOf(change, item.group, 'closing')),
        both: shown(countOf(change, item.group, 'both')),
        improved: shown(countOf(change, item.group, 'improved')),
        same: shown(countOf(change, item.group, 'same')),
        worse: shown(countOf(change, item.group, 'worse')),
      })),
  };
}
