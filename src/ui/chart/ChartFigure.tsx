import { useId, useState, type ReactElement } from 'react';
import { TableHead } from '../TableHead';
import { BarChart } from './BarChart';
import { chartCsv, chartTable, csvHref, HIDDEN_NOTE, type ChartData } from './chartData';

/**
 * One chart as people can read it: a title stating the finding, a text summary, the bars, "Show
 * as table" (numbers right-aligned) and a CSV of exactly what it shows.
 */
export function ChartFigure({ data, bars = true }: { data: ChartData; bars?: boolean }): ReactElement {
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  const { header, rows } = chartTable(data);
  const hasHidden = data.rows.some((r) => r.value === '*');
  return (
    <figure className="app-chart" data-testid={`figure-${data.id}`} aria-labelledby={`${tableId}-h`}>
      <h3 id={`${tableId}-h`} className="nhsuk-heading-s" data-testid={`title-${data.id}`}>
        {data.title}
      </h3>
      <p className="nhsuk-body" data-testid={`summary-${data.id}`}>
        {data.summary}
      </p>
      {bars && !asTable && <BarChart data={data} />}
      {(asTable || !bars) && (
        <table className="nhsuk-table" id={tableId} data-testid={`table-${data.id}`}>
          <caption className="nhsuk-u-visually-hidden">{data.title}</caption>
          <TableHead columns={header} numericFrom={1} />
          <tbody className="nhsuk-table__body">
            {rows.map((row, r) => (
              <tr key={data.rows[r]?.key ?? String(r)} className="nhsuk-table__row">
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="nhsuk-table__header">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasHidden && <p className="nhsuk-body-s">{HIDDEN_NOTE}</p>}
      <div className="app-chart__actions">
        {bars && (
          <button
            type="button"
            className="app-link-button"
            aria-expanded={asTable}
            aria-controls={tableId}
            data-testid={`toggle-${data.id}`}
            onClick={() => {
              setAsTable((v) => !v);
            }}
          >
            {asTable ? 'Show as chart' : 'Show as table'}
            <span className="nhsuk-u-visually-hidden">: {data.title}</span>
          </button>
        )}
        <a
          className="nhsuk-link"
          href={csvHref(chartCsv(data))}
          download={`${data.id}.csv`}
          data-testid={`csv-${data.id}`}
        >
          Download CSV<span className="nhsuk-u-visually-hidden">: {data.title}</span>
        </a>
      </div>
    </figure>
  );
}
