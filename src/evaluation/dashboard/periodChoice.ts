import { MONTH_NAMES } from '../../domain/dates';
import { financialYear, financialYearById, grainOfId, periodById, periodsWithin, type Period } from '../periods';

/**
 * The periods the dashboard offers (pure): the engine writes MeasureReports per financial year,
 * financial quarter and calendar month, so those are what can be chosen; each period's id goes
 * in the URL (/dashboard?period=FY2026-27-Q2).
 */
export function periodLabel(period: Period): string {
  const grain = grainOfId(period.id);
  const [y, m] = period.start.split('-').map(Number);
  if (grain === 'month') {
    return `${MONTH_NAMES[(m ?? 1) - 1] ?? ''} ${String(y)}`;
  }
  const fy = financialYear(period.start);
  const fyLabel = `${fy.start.slice(0, 4)} to ${fy.end.slice(0, 4)}`;
  if (grain === 'quarter') {
    const [ey, em] = period.end.split('-').map(Number);
    return `${period.id.slice(-2)} ${fyLabel} (${MONTH_NAMES[(m ?? 1) - 1] ?? ''} to ${MONTH_NAMES[(em ?? 1) - 1] ?? ''} ${String(ey)})`;
  }
  return `Financial year ${fyLabel}`;
}

/** The period in the URL, or the current financial year when there is none (or it is not a period). */
export function chosenPeriod(search: string, today: Date): Period {
  const id = new URLSearchParams(search).get('period') ?? '';
  return periodById(id) ?? financialYear(today.toISOString());
}

/** The last `count` financial years, newest first. */
export function recentYears(today: Date, count = 3): Period[] {
  const current = Number(financialYear(today.toISOString()).start.slice(0, 4));
  return Array.from({ length: count }, (_, i) =>
    financialYearById(`FY${String(current - i)}-${String((current - i + 1) % 100).padStart(2, '0')}`),
  );
}

/** Within a year: the whole year, its quarters, its months (the choices of the second list). */
export function choicesWithin(year: Period): { id: string; label: string }[] {
  return [
    { id: year.id, label: 'The whole year' },
    ...periodsWithin(year, 'quarter').map((q) => ({ id: q.id, label: periodLabel(q) })),
    ...periodsWithin(year, 'month').map((m) => ({ id: m.id, label: periodLabel(m) })),
  ];
}

/** The smaller periods a chart "over time" shows: a year's quarters, a quarter's months; none for a month. */
export function partsOf(period: Period): Period[] {
  const grain = grainOfId(period.id);
  if (grain === 'year') {
    return periodsWithin(period, 'quarter');
  }
  if (grain === 'quarter') {
    return periodsWithin(financialYear(period.start), 'month').filter(
      (m) => m.start >= period.start && m.end <= period.end,
    );
  }
  return [];
}
