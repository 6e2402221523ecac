import type { ReactElement } from 'react';

/**
 * The head row of an NHS table: one column header per name, in order. Columns from `numericFrom`
 * on hold numbers (right-aligned by `numericClass`); `responsive` adds the ARIA roles the NHS
 * responsive table needs once its rows stack on a narrow screen.
 */
export function TableHead({
  columns,
  numericFrom,
  numericClass = 'nhsuk-table__header--numeric',
  responsive = false,
}: {
  columns: readonly string[];
  numericFrom?: number;
  numericClass?: string;
  responsive?: boolean;
}): ReactElement {
  const roles = (role: string): { role?: string } => (responsive ? { role } : {});
  return (
    <thead className="nhsuk-table__head" {...roles('rowgroup')}>
      <tr className="nhsuk-table__row" {...roles('row')}>
        {columns.map((column, i) => (
          <th
            key={column}
            scope="col"
            className={
              numericFrom !== undefined && i >= numericFrom
                ? `nhsuk-table__header ${numericClass}`
                : 'nhsuk-table__header'
            }
            {...roles('columnheader')}
          >
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
