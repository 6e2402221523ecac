import { money } from '../../domain/dates';
import type { ChartRow } from '../../ui/chart/chartData';
import type { Cell, DaysFigures } from './reportCells';

/** A report cell as text: a count, an amount or days; "*" when hidden, "Not reported" when absent. */
export const countText = (cell: Cell): string => {
  if (cell === undefined) {
    return 'Not reported';
  }
  return typeof cell === 'number' ? cell.toLocaleString('en-GB') : '*';
};
export const moneyText = (cell: Cell): string => {
  if (cell === undefined) {
    return 'Not reported';
  }
  return typeof cell === 'number' ? money(cell) : '*';
};
export const daysText = (cell: Cell): string => {
  if (cell === undefined) {
    return 'Not reported';
  }
  return typeof cell === 'number' ? `${cell.toLocaleString('en-GB')} days` : '*';
};

/** The median and 90th-percentile rows of a days-against-target chart. */
export function medianAndP90Rows(figures: DaysFigures, labels: { median: string; p90: string }): ChartRow[] {
  return [
    { key: 'median', label: labels.median, value: figures.median, text: daysText(figures.median) },
    { key: 'p90', label: labels.p90, value: figures.p90, text: daysText(figures.p90) },
  ];
}
