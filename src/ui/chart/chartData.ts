/**
 * What a chart shows, as plain data (pure): the same rows draw the bars, fill the table and make
 * the CSV, so the three never disagree. A value is a number, "*" (hidden by the small-number rule)
 * or undefined (not reported).
 */
export type ChartValue = number | '*' | undefined;

export interface ChartRow {
  readonly key: string;
  readonly label: string;
  /** What the bar is drawn from. */
  readonly value: ChartValue;
  /** The value as text (e.g. "£1,200"); the number itself when left out. */
  readonly text?: string;
  /** More columns for the table and CSV (same order as ChartData.extraHeaders). */
  readonly extra?: readonly string[];
}

export interface ChartData {
  /** Unique on the page; the CSV's file name. */
  readonly id: string;
  /** States the finding ("Most referrals were about benefits"). */
  readonly title: string;
  /** The finding in a sentence or two, for everyone (and read out with the chart). */
  readonly summary: string;
  readonly labelHeader: string;
  readonly valueHeader: string;
  readonly extraHeaders?: readonly string[];
  readonly rows: readonly ChartRow[];
}

export const HIDDEN_NOTE = '* = between 1 and 7, hidden to protect privacy; other counts are rounded to the nearest 5.';

export function valueText(row: ChartRow): string {
  if (row.text !== undefined) {
    return row.text;
  }
  if (row.value === undefined) {
    return 'Not reported';
  }
  return typeof row.value === 'number' ? row.value.toLocaleString('en-GB') : row.value;
}

/** The chart's table as header and rows of text. */
export function chartTable(data: ChartData): { header: string[]; rows: string[][] } {
  return {
    header: [data.labelHeader, data.valueHeader, ...(data.extraHeaders ?? [])],
    rows: data.rows.map((r) => [r.label, valueText(r), ...(r.extra ?? [])]),
  };
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would be a formula in a spreadsheet: quote it with an apostrophe.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Exactly what the chart shows, as CSV. */
export function chartCsv(data: ChartData): string {
  const { header, rows } = chartTable(data);
  return toCsv(header, rows);
}

/** A download link's address for a CSV (aggregate counts only, never patient data). */
export function csvHref(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

/** The largest shown value, for scaling bars (1 when nothing is shown). */
export function chartMax(rows: readonly ChartRow[]): number {
  return Math.max(1, ...rows.map((r) => (typeof r.value === 'number' ? r.value : 0)));
}
