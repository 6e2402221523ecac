import type { MeasureReport } from '@medplum/fhirtypes';
import type { MeasureId } from '../measures';
import type { Period } from '../periods';
import { reportKey, shownReport } from '../resuppress';
import type { SuppressionRule } from '../suppression';
import type { PeriodReports } from './dashboardView';
import { periodLabel } from './periodChoice';

/**
 * The loaded reports sorted into the period's own and its parts', each through the small-number
 * rule first (`shownReport`): an exact report is suppressed here; one suppressed under another
 * rule is left out (counted in `refused`) rather than shown.
 */
export function periodReports(
  loaded: readonly MeasureReport[],
  period: Period,
  parts: readonly Period[],
  rule: SuppressionRule,
): PeriodReports & { refused: number } {
  const byId = new Map<string, MeasureReport>();
  let refused = 0;
  for (const report of loaded) {
    const key = reportKey(report);
    const shown = shownReport(report, rule);
    if (!key || !shown) {
      refused++;
      continue;
    }
    byId.set(`${key.measure}/${key.periodId}`, shown);
  }
  const reports: Partial<Record<MeasureId, MeasureReport>> = {};
  for (const [id, report] of byId) {
    const [measure, periodId] = id.split(/\/(.*)/s) as [MeasureId, string];
    if (periodId === period.id) {
      reports[measure] = report;
    }
  }
  return {
    period,
    reports,
    parts: parts.map((p) => ({ period: p, label: periodLabel(p), funnel: byId.get(`funnel/${p.id}`) })),
    refused,
  };
}
