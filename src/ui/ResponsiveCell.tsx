import type { ReactElement, ReactNode } from 'react';

/**
 * A cell of an NHS responsive table (`nhsuk-table--responsive`): below desktop width each row
 * stacks, and the cell shows its column's name at one end of the line and its value at the other.
 * The value is one element, however many parts it has (a date and a tag, a status and its stage),
 * so its parts stay together.
 *
 * `words`: the value is HJP Link's own words (labels, dates, counts, tags), which wrap only between
 * words. Any other value (a name or text from the record) may break anywhere, so that no word,
 * however long, widens the page.
 */
export function ResponsiveCell({
  column,
  words = false,
  testId,
  children,
}: {
  column: string;
  words?: boolean;
  testId?: string;
  children: ReactNode;
}): ReactElement {
  return (
    <td role="cell" className={words ? 'nhsuk-table__cell app-cell-words' : 'nhsuk-table__cell'} data-testid={testId}>
      <span className="nhsuk-table__heading" aria-hidden="true">
        {column}{' '}
      </span>
      <span className="app-cell-value">{children}</span>
    </td>
  );
}
