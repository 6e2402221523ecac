import { financialYear, financialYearById, type Period } from '../../evaluation/periods';

/** The report's period from the query string (`?period=FY2026-27`); the current financial year when absent; undefined when malformed. */
export function reportPeriod(search: string, today: Date): Period | undefined {
  const id = new URLSearchParams(search).get('period');
  if (id === null || id === '') {
    return financialYear(today.toISOString().slice(0, 10));
  }
  try {
    return financialYearById(id);
  } catch {
    return undefined;
  }
}

/** The financial years the lead can choose: this one and the two before it. */
export function recentYears(today: Date): Period[] {
  const current = financialYear(today.toISOString().slice(0, 10));
  const startYear = Number(current.start.slice(0, 4));
  return [0, 1, 2].map((back) => financialYear(`${String(startYear - back)}-06-01`));
}
