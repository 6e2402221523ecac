import { closureAndAssistanceView } from '../../evaluation/dashboard/closureAndAssistance';
import { useMemo, type ReactElement } from 'react';
import { Link, useLocation } from 'wouter';
import { Dashboard } from '../../evaluation/dashboard/Dashboard';
import { dashboardView } from '../../evaluation/dashboard/dashboardView';
import { periodLabel } from '../../evaluation/dashboard/periodChoice';
import { Pickers } from '../../evaluation/dashboard/Pickers';
import { nearestPeriods, rangeLabel, type MonthRange, type RangeChoice } from '../../evaluation/dashboard/range';
import { droppedText, rangeReports, rangeView, type RangeReports } from '../../evaluation/dashboard/rangeReports';
import { useRangeReports } from '../../evaluation/dashboard/useDashboard';
import { MEASURE_TITLES, type MeasureId } from '../../evaluation/measures';
import { financialYear, periodById, type Period } from '../../evaluation/periods';
import { PARTNERSHIP } from '../../config/partnership';
import type { FhirGateway } from '../../fhir/gateway';
import { Problem, plainError } from '../../ui/Problem';
import { paths } from '../paths';
import { LeadLinks } from './LeadLinks';

/**
 * The lead's dashboard for a custom range of months (?from=2026-04&to=2026-09): the months'
 * exact reports added up in the browser and put through the partnership's small-number rule.
 */
export function RangeDashboardScreen({
  gateway,
  today,
  choice,
}: {
  gateway: FhirGateway;
  today: Date;
  choice: Exclude<RangeChoice, { kind: 'none' }>;
}): ReactElement {
  const [, navigate] = useLocation();
  const range = choice.kind === 'range' ? choice.range : undefined;
  const name = range ? rangeLabel(range) : 'Custom range';
  const year = financialYear(range?.period.start ?? today.toISOString());
  return (
    <>
      <Pickers
        caption={name}
        period={year}
        range={range}
        today={today}
        periodPath={paths.dashboard}
        navigate={navigate}
      />
      <LeadLinks year={year} note="(the report is for a whole financial year, not the custom range)">
        Funder report for the financial year {year.start.slice(0, 4)} to {year.end.slice(0, 4)}
      </LeadLinks>
      {choice.kind === 'invalid' && <Problem title="That range cannot be shown" message={choice.message} />}
      {range && <RangeFigures gateway={gateway} range={range} name={name} />}
    </>
  );
}

function PeriodLinks({ periods }: { periods: readonly Period[] }): ReactElement {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet" data-testid="nearest-periods">
      {periods.map((p) => (
        <li key={p.id}>
          <Link href={paths.dashboard(p.id)}>{periodLabel(p)}</Link>
        </li>
      ))}
    </ul>
  );
}

function RangeFigures({
  gateway,
  range,
  name,
}: {
  gateway: FhirGateway;
  range: MonthRange;
  name: string;
}): ReactElement {
  const loaded = useRangeReports(gateway, range);
  const shown: RangeReports | undefined = useMemo(
    () =>
      loaded.state === 'ready' ? rangeReports(loaded.reports, range, PARTNERSHIP.evaluation.suppression) : undefined,
    [loaded, range],
  );
  const nearest = nearestPeriods(range);
  if (loaded.state === 'loading') {
    return <p role="status">Loading the figures…</p>;
  }
  if (loaded.state === 'failed') {
    return <Problem title="The figures could not be loaded" message={plainError(loaded.error)} />;
  }
  if (!shown) {
    return <></>;
  }
  if (shown.blocked.length > 0) {
    return (
      <div data-testid="range-blocked">
        <Problem
          title="These months cannot be added up"
          message={`The figures for ${shown.blocked.map((id) => periodLabel(periodById(id) ?? range.period)).join(', ')} are stored already rounded, with small numbers hidden, so they cannot be added up into a range without getting it wrong. Choose a whole period instead:`}
        >
          <PeriodLinks periods={nearest} />
        </Problem>
      </div>
    );
  }
  if (Object.keys(shown.reports).length === 0) {
    return (
      <p className="nhsuk-body" role="status" data-testid="no-figures">
        There are no figures for {name} yet: the evaluation job writes them for every month with data.
      </p>
    );
  }
  const notAdded = droppedText(shown.dropped);
  const gaps = (Object.entries(shown.monthsWithout) as [MeasureId, readonly string[]][])
    .filter(([, months]) => months.length > 0)
    .map(
      ([measure, months]) =>
        `${MEASURE_TITLES[measure].toLowerCase()}: ${months.map((id) => periodLabel(periodById(id) ?? range.period)).join(', ')}`,
    );
  return (
    <>
      <section aria-labelledby="range-heading" data-testid="range-notes">
        <h2 id="range-heading">About a custom range</h2>
        {notAdded.length > 0 && (
          <p className="nhsuk-body" data-testid="range-not-added">
            Not shown for a custom range: {notAdded.join('; ')}. People are counted once in each month they appear in,
            so adding months up could count someone twice, and the median of a range is not worked out from its months’
            medians. Amounts of financial gain do add up: each is shown only when the month with the most clients had
            enough of them to show (the range has at least as many). The whole periods have them:
          </p>
        )}
        {notAdded.length > 0 && <PeriodLinks periods={nearest} />}
        {gaps.length > 0 && (
          <p className="nhsuk-body" data-testid="range-gaps">
            Months with no figures (no data that month, or the evaluation has not run for it), counted as none:{' '}
            {gaps.join('; ')}.
          </p>
        )}
        <p className="nhsuk-body" data-testid="range-caveat">
          The range’s figures are its months’ exact counts added up, then put through the small-number rule (counts of 1
          to {String(PARTNERSHIP.evaluation.suppression.threshold)} hidden, others rounded to the nearest{' '}
          {String(PARTNERSHIP.evaluation.suppression.rounding)}) as one table. The rounding and the threshold apply to
          each view on its own: two overlapping ranges (April to September, and April to August) could be subtracted to
          give a month’s figure, and across several views a small count could be worked out. Share range figures with
          that in mind; the funder report is for whole financial years.
        </p>
      </section>
      <Dashboard
        view={rangeView(dashboardView(shown, undefined))}
        measures={closureAndAssistanceView(shown.reports, PARTNERSHIP.targets.closureDays)}
        periodId={range.period.id}
        periodName={name}
        shown={[...Object.values(shown.reports), ...shown.parts.flatMap((p) => (p.funnel ? [p.funnel] : []))]}
      />
    </>
  );
}
