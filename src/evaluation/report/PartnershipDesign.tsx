import type { ReactElement } from 'react';
import { TableHead } from '../../ui/TableHead';
import type { PartnershipConfig } from '../../config/partnership';
import { describeDesign, fundingFor } from '../../config/partnershipAbout';
import { dateInText, money } from '../../domain/dates';

/** The partnership in the guide's taxonomy of design options, as a summary list. */
export function PartnershipDesign({ partnership }: { partnership: PartnershipConfig }): ReactElement {
  return (
    <dl className="nhsuk-summary-list" data-testid="partnership-design">
      {describeDesign(partnership).map((row) => (
        <div key={row.characteristic} className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{row.characteristic}</dt>
          <dd className="nhsuk-summary-list__value">
            {row.options.length === 1 ? (
              row.options[0]
            ) : (
              <ul className="nhsuk-list">
                {row.options.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The funding of a period (or all of it), with each funder and period. */
export function FundingTable({
  partnership,
  period,
}: {
  partnership: PartnershipConfig;
  period?: { start: string; end: string };
}): ReactElement {
  const entries = period ? fundingFor(partnership, period).entries : partnership.funding;
  if (entries.length === 0) {
    return <p className="nhsuk-body">No funding is recorded in the partnership’s configuration for this period.</p>;
  }
  return (
    <table className="nhsuk-table app-report-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">Funding</caption>
      <TableHead columns={['Funder', 'Period', 'Amount']} numericFrom={2} numericClass="app-report-num" />
      <tbody className="nhsuk-table__body">
        {entries.map((f) => (
          <tr key={`${f.funder}-${f.period.start}`} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">{f.funder}</td>
            <td className="nhsuk-table__cell">
              {dateInText(f.period.start)} to {dateInText(f.period.end)}
            </td>
            <td className="nhsuk-table__cell app-report-num">{money(f.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
