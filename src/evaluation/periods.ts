/**
 * Reporting periods (browser-safe): UK financial years (1 April to 31 March), quarters of them and
 * calendar months. Dates are ISO strings (YYYY-MM-DD); only the date part of a dateTime is read.
 */
export interface Period {
  /** e.g. "FY2026-27", "FY2026-27-Q1", "2026-11" */
  readonly id: string;
  readonly start: string;
  /** Inclusive last day. */
  readonly end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function parts(date: string): { y: number; m: number } {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (!match) {
    throw new RangeError(`Not an ISO date: ${date}`);
  }
  return { y: Number(match[1]), m: Number(match[2]) };
}

function lastDay(y: number, m: number): string {
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y)}-${pad(m)}-${pad(d)}`;
}

/** The financial year a date falls in: April to March. */
export function financialYear(date: string): Period {
  const { y, m } = parts(date);
  const startYear = m >= 4 ? y : y - 1;
  return {
    id: `FY${String(startYear)}-${pad((startYear + 1) % 100)}`,
    start: `${String(startYear)}-04-01`,
    end: `${String(startYear + 1)}-03-31`,
  };
}

/** The financial-year quarter a date falls in (Q1 = April to June). */
export function financialQuarter(date: string): Period {
  const fy = financialYear(date);
  const { y, m } = parts(date);
  const q = Math.floor(((m + 8) % 12) / 3) + 1;
  const startMonth = (((q - 1) * 3 + 3) % 12) + 1;
  const startYear = startMonth >= 4 ? Number(fy.start.slice(0, 4)) : y;
  const endMonth = startMonth + 2;
  return {
    id: `${fy.id}-Q${String(q)}`,
    start: `${String(startYear)}-${pad(startMonth)}-01`,
    end: lastDay(startYear, endMonth),
  };
}

export function calendarMonth(date: string): Period {
  const { y, m } = parts(date);
  return { id: `${String(y)}-${pad(m)}`, start: `${String(y)}-${pad(m)}-01`, end: lastDay(y, m) };
}

/** The financial year with this id ("FY2026-27"). */
export function financialYearById(id: string): Period {
  const match = /^FY(\d{4})-\d{2}$/.exec(id);
  if (!match) {
    throw new RangeError(`Not a financial year id: ${id}`);
  }
  return financialYear(`${match[1] ?? ''}-04-01`);
}

export function periodContains(period: Period, date: string): boolean {
  const day = date.slice(0, 10);
  return day >= period.start && day <= period.end;
}

/** The grains the engine reports in: financial years, their quarters, calendar months. */
export const PERIOD_GRAINS = ['year', 'quarter', 'month'] as const;
export type PeriodGrain = (typeof PERIOD_GRAINS)[number];

/** The period of a grain that a date falls in. */
export function periodOf(grain: PeriodGrain, date: string): Period {
  if (grain === 'quarter') {
    return financialQuarter(date);
  }
  return grain === 'month' ? calendarMonth(date) : financialYear(date);
}

/** The grain of a period id ("FY2026-27", "FY2026-27-Q1", "2026-11"), or undefined when it is none. */
export function grainOfId(id: string): PeriodGrain | undefined {
  if (/^FY\d{4}-\d{2}$/.test(id)) {
    return 'year';
  }
  if (/^FY\d{4}-\d{2}-Q[1-4]$/.test(id)) {
    return 'quarter';
  }
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(id) ? 'month' : undefined;
}

/** The period with this id, or undefined when the id is not one (e.g. a hand-edited URL). */
export function periodById(id: string): Period | undefined {
  const grain = grainOfId(id);
  if (grain === 'year') {
    const fy = financialYearById(id);
    return fy.id === id ? fy : undefined;
  }
  if (grain === 'quarter') {
    const fy = financialYearById(id.slice(0, 9));
    const q = Number(id.slice(-1));
    const month = ((q - 1) * 3 + 3) % 12; // months after January: Q1 → April (3), Q4 → January (0)
    const year = Number(fy.start.slice(0, 4)) + (q === 4 ? 1 : 0);
    const start = `${String(year)}-${pad(month + 1)}-01`;
    return financialQuarter(start);
  }
  return grain === 'month' ? calendarMonth(`${id}-01`) : undefined;
}

/** The quarters or months of a financial year, in order. */
export function periodsWithin(year: Period, grain: Exclude<PeriodGrain, 'year'>): Period[] {
  const startYear = Number(year.start.slice(0, 4));
  const count = grain === 'quarter' ? 4 : 12;
  const step = grain === 'quarter' ? 3 : 1;
  return Array.from({ length: count }, (_, i) => {
    const m = 4 + i * step;
    const y = m > 12 ? startYear + 1 : startYear;
    return periodOf(grain, `${String(y)}-${pad(((m - 1) % 12) + 1)}-01`);
  });
}
