import { money } from '../../domain/dates';
import type { Cell } from './reportCells';

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
