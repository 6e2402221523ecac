import type { ReactElement } from 'react';
import { describeChange } from '../../domain/measureChange';
import { TableHead } from '../../ui/TableHead';
import { MEASURE_TITLES } from '../measures';
import { SUPPRESSED } from '../suppression';
import type { ClosureAndAssistanceFigures } from './closureAndAssistance';
import { Count, CountTable, countText, daysText } from './Counts';

/** The funder report's time to closure, assistance and sessions, and before-and-after tables (issue 13). */
type Figures = ClosureAndAssistanceFigures;

function RowHead({ children }: { children: string }): ReactElement {
  return (
    <th scope="row" className="nhsuk-table__header app-report-rowhead">
      {children}
    </th>
  );
}

export function ClosureTable({ closure, target }: { closure: Figures['closure']; target: number }): ReactElement {
  if (!closure) {
    return <p className="nhsuk-body">{MEASURE_TITLES['time-to-closure']}: not yet computed for this period.</p>;
  }
  return (
    <table className="nhsuk-table app-report-table" data-testid="report-closure">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{MEASURE_TITLES['time-to-closure']}</caption>
      <tbody className="nhsuk-table__body">
        <tr className="nhsuk-table__row">
          <RowHead>Cases closed</RowHead>
          <Count count={closure.closed} />
        </tr>
        <tr className="nhsuk-table__row">
          <RowHead>{`Of these, closed within ${String(target)} days (the partnership’s target)`}</RowHead>
          <Count count={closure.withinTarget} />
        </tr>
        <tr className="nhsuk-table__row">
          <RowHead>Median time to closure</RowHead>
          <td className="nhsuk-table__cell app-report-num">{daysText(closure.medianDays)}</td>
        </tr>
        <tr className="nhsuk-table__row">
          <RowHead>90th percentile</RowHead>
          <td className="nhsuk-table__cell app-report-num">{daysText(closure.p90Days)}</td>
        </tr>
      </tbody>
    </table>
  );
}

const sessionsText = (value: number | typeof SUPPRESSED | undefined): string => {
  if (value === undefined) {
    return 'Not reported';
  }
  return value === SUPPRESSED ? SUPPRESSED : new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);
};

export function AssistanceTables({ assistance }: { assistance: Figures['assistance'] }): ReactElement {
  if (!assistance) {
    return <p className="nhsuk-body">{MEASURE_TITLES['assistance-sessions']}: not yet computed for this period.</p>;
  }
  return (
    <>
      <CountTable caption="Closed cases by level of assistance" rows={assistance.levels} label="Level of assistance" />
      <CountTable caption="Closed cases by advice sessions" rows={assistance.sessions} label="Advice sessions" />
      <p className="nhsuk-body" data-testid="report-sessions">
        Closed cases: {countText(assistance.closed)}; advice sessions in all: {sessionsText(assistance.totalSessions)};
        median sessions per closed case: {sessionsText(assistance.medianSessions)}.
      </p>
    </>
  );
}

export function BeforeAfterTable({ beforeAfter }: { beforeAfter: Figures['beforeAfter'] }): ReactElement {
  if (!beforeAfter) {
    return <p className="nhsuk-body">{MEASURE_TITLES['before-after']}: not yet computed for this period.</p>;
  }
  const strain = beforeAfter[0];
  return (
    <>
      {strain && (
        <p className="nhsuk-body" data-testid="report-had-both">
          {countText(strain.both)} of the {countText(strain.intake)} clients who answered the financial strain question
          at intake answered it again at closing; a change is counted only for clients with both answers.
        </p>
      )}
      {/* Seven columns of figures do not fit a 320 px screen unbroken: there the table scrolls in its own
          region (keyboard-focusable, named by its caption) and the page does not; in print it is whole. */}
      <div className="app-table-scroll" role="region" aria-labelledby="before-after-caption" tabIndex={0}>
        <table className="nhsuk-table app-report-table" data-testid="report-before-after">
          <caption id="before-after-caption" className="nhsuk-table__caption nhsuk-table__caption--s">
            {MEASURE_TITLES['before-after']}
          </caption>
          <TableHead
            columns={['Measure', 'At intake', 'At closing', 'With both', 'Improved', 'The same', 'Worse']}
            numericFrom={1}
            numericClass="app-report-num"
          />
          <tbody className="nhsuk-table__body">
            {beforeAfter.map((row) => (
              <tr key={row.group} className="nhsuk-table__row">
                <RowHead>{row.label}</RowHead>
                <Count count={row.intake} />
                <Count count={row.closing} />
                <Count count={row.both} />
                <Count count={row.improved} />
                <Count count={row.same} />
                <Count count={row.worse} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The definitions, for the methods and caveats list. */
export function ClosureAndAssistanceMethods(): ReactElement {
  return (
    <>
      <li>
        <strong>Time to closure:</strong> days from the referral to the day the advice service completed it, counted in
        the period the case closed. Cancelled, rejected and unable-to-contact referrals are not closures and are left
        out.
      </li>
      <li>
        <strong>Level of assistance and sessions:</strong> as the adviser recorded them on the closed case (a case with
        no level recorded is “Not recorded”, one with no sessions recorded counts 0).
      </li>
      <li>
        <strong>Before and after:</strong> {describeChange()} Counted in the period of the referral. ONS4 wordings and
        licence terms are still to be confirmed against the ONS standard; there is no comparison group.
      </li>
    </>
  );
}
