import type { ReactElement } from 'react';
import type { MeasureReport } from '@medplum/fhirtypes';
import { dateTimeInText } from '../../domain/dates';
import { ChartFigure } from '../../ui/chart/ChartFigure';
import { csvHref, HIDDEN_NOTE } from '../../ui/chart/chartData';
import '../../ui/chart/chart.scss';
import { measureReportsCsv } from '../measure-report-csv';
import type { ClosureAndAssistanceView } from './closureAndAssistance';
import { AssistanceSection, BeforeAfterFigures } from './ClosureAndAssistance';
import type { DashboardView } from './dashboardView';

/**
 * The lead's figures for one period (everything already through the small-number rule). Sections
 * follow the evaluation's metric catalogue; what the engine does not report yet is said plainly.
 */
export function Dashboard({
  view,
  measures,
  periodId,
  periodName,
  shown,
}: {
  view: DashboardView;
  measures: ClosureAndAssistanceView;
  periodId: string;
  periodName: string;
  shown: readonly MeasureReport[];
}): ReactElement {
  return (
    <div data-testid="dashboard">
      <p className="nhsuk-body" data-testid="figures-as-of">
        {view.asOf
          ? `Figures as of ${dateTimeInText(view.asOf)}.`
          : 'No figures yet: the evaluation has not run for this period.'}
      </p>
      <p className="nhsuk-body-s">{HIDDEN_NOTE}</p>

      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading">Headline figures</h2>
        <ul className="app-figures" data-testid="headline">
          {view.headline.map((h) => (
            <li key={h.key}>
              <span className="app-figures__value" data-testid={`headline-${h.key}`}>
                {h.value}
              </span>
              {h.label}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="funnel-heading">
        <h2 id="funnel-heading">From screening to outcome</h2>
        <ChartFigure data={view.funnel} />
      </section>

      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">Referrals</h2>
        {view.activity.map((chart) => (
          <ChartFigure key={chart.id} data={chart} />
        ))}
        {view.overTime && <ChartFigure data={view.overTime} />}
        <p className="nhsuk-body-s">Mode of delivery is not reported by the evaluation engine yet.</p>
      </section>

      <AssistanceSection view={measures} />

      <section aria-labelledby="time-heading">
        <h2 id="time-heading">Time to first contact and to closure</h2>
        <ChartFigure data={view.timeliness} />
        <ChartFigure data={measures.closure} />
      </section>

      <section aria-labelledby="gain-heading">
        <h2 id="gain-heading">Outcomes and financial gain</h2>
        <ChartFigure data={view.gain} />
        <p className="nhsuk-body" data-testid="value-per-pound">
          {view.valuePerPound}
        </p>
      </section>

      <section aria-labelledby="equity-heading">
        <h2 id="equity-heading">Who was referred</h2>
        {view.equity.map((chart) => (
          <ChartFigure key={chart.id} data={chart} />
        ))}
      </section>

      <section aria-labelledby="before-after-heading">
        <h2 id="before-after-heading">Before and after</h2>
        <BeforeAfterFigures view={measures} />
        <ChartFigure data={view.healthUse} />
      </section>

      <section aria-labelledby="completeness-heading">
        <h2 id="completeness-heading">Data completeness</h2>
        <ChartFigure data={view.completeness} />
      </section>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Downloads</h2>
        <p className="nhsuk-body">
          <a
            className="nhsuk-link"
            href={csvHref(measureReportsCsv(shown))}
            download={`hjp-figures-${periodId}.csv`}
            data-testid="download-period-csv"
          >
            Download every figure for {periodName} (CSV)
          </a>{' '}
          — the period’s measure reports as rows, with the same small-number rule as this page.
        </p>
        <p className="nhsuk-body" data-testid="research-extract">
          The research extract (one pseudonymised row per consenting referral) is not available here: pseudonymised data
          is still personal data, and the partnership lead sees aggregate figures only. The evaluation job writes it as
          a file (research/&lt;project&gt;/extract.parquet and extract.csv, with a data dictionary) for a governed
          research environment; ask the partnership’s data controller for access.
        </p>
      </section>
    </div>
  );
}
