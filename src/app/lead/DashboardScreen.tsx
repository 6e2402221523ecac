import { useMemo, type ReactElement } from 'react';
import { useLocation, useSearch } from 'wouter';
import { Dashboard } from '../../evaluation/dashboard/Dashboard';
import { closureAndAssistanceView } from '../../evaluation/dashboard/closureAndAssistance';
import { dashboardView } from '../../evaluation/dashboard/dashboardView';
import { chosenPeriod, partsOf, periodLabel } from '../../evaluation/dashboard/periodChoice';
import { Pickers } from '../../evaluation/dashboard/Pickers';
import { periodReports } from '../../evaluation/dashboard/periodReports';
import { useMeasureReports } from '../../evaluation/dashboard/useDashboard';
import { financialYear } from '../../evaluation/periods';
import { PARTNERSHIP } from '../../config/partnership';
import { fundingFor } from '../../config/partnershipAbout';
import type { FhirGateway } from '../../fhir/gateway';
import { Problem, plainError } from '../../ui/Problem';
import { paths } from '../paths';
import { LeadLinks } from './LeadLinks';

/**
 * The partnership lead's dashboard for the period in the URL (?period=FY2026-27, a quarter
 * FY2026-27-Q2 or a month 2026-11; the current financial year when none). The small-number rule
 * is the partnership's (partnership.json evaluation.suppression), applied again here whatever the
 * reports' own tag says.
 */
export function DashboardScreen({ gateway, today }: { gateway: FhirGateway; today: Date }): ReactElement {
  const search = useSearch();
  const [, navigate] = useLocation();
  const period = chosenPeriod(search, today);
  const name = periodLabel(period);
  const loaded = useMeasureReports(gateway, period);
  const shown = useMemo(
    () =>
      loaded.state === 'ready'
        ? periodReports(loaded.reports, period, partsOf(period), PARTNERSHIP.evaluation.suppression)
        : undefined,
    [loaded, period],
  );
  return (
    <>
      <Pickers
        caption={name}
        period={period}
        range={undefined}
        today={today}
        periodPath={paths.dashboard}
        navigate={navigate}
      />
      <LeadLinks year={financialYear(period.start)}>Funder report for this financial year</LeadLinks>
      {loaded.state === 'loading' && <p role="status">Loading the figures…</p>}
      {loaded.state === 'failed' && (
        <Problem title="The figures could not be loaded" message={plainError(loaded.error)} />
      )}
      {shown && Object.keys(shown.reports).length === 0 && (
        <p className="nhsuk-body" role="status" data-testid="no-figures">
          There are no figures for {name} yet: the evaluation job writes them (at start and every hour), for every
          financial year, quarter and month with data.
        </p>
      )}
      {shown && Object.keys(shown.reports).length > 0 && (
        <Dashboard
          view={dashboardView(shown, fundingFor(PARTNERSHIP, period).total)}
          measures={closureAndAssistanceView(shown.reports, PARTNERSHIP.targets.closureDays)}
          periodId={period.id}
          periodName={name}
          shown={[...Object.values(shown.reports), ...shown.parts.flatMap((p) => (p.funnel ? [p.funnel] : []))]}
        />
      )}
    </>
  );
}
