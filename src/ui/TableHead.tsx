import type { ReactElement } from 'react';

/** The head row of an NHS table: one column header per name, in order. */
export function TableHead({ columns }: { columns: readonly string[] }): ReactElement {
  return (
    <thead className="nhsuk-table__head">
      <tr className="nhsuk-table__row">
        {columns.map((column) => (
          <th key={column} scope="col" className="nhsuk-table__header">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
