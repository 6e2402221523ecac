import { useEffect, type ReactElement } from 'react';
import { Route, Switch, useLocation, useSearch } from 'wouter';
import { CaseStudyList } from '../../casestudies/CaseStudyList';
import { PARTNERSHIP } from '../../config/partnership';
import '../../ui/ui.scss';
import '../../evaluation/report/report.scss';
import { financialYear } from '../../evaluation/periods';
import { StepHeading } from '../../ui/Heading';
import { NotFound } from '../NotFound';
import { paths } from '../paths';
import type { AppSession } from '../session';
import { AboutPartnershipScreen } from './AboutPartnershipScreen';
import { NarrativeScreen } from './NarrativeScreen';
import { reportPeriod } from './reportPeriod';
import { ReportScreen } from './ReportScreen';

/**
 * The partnership lead's report screens (issue 13 items 3 and 4): the funder report for a financial
 * year and the partnership's configuration, at REPORT_PATHS (LeadRoutes sends those here).
 */
export const REPORT_PATHS = ['/report', '/report/narrative', '/about-partnership'] as const;

export function ReportRoutes({ session }: { session: AppSession }): ReactElement {
  const search = useSearch();
  const today = new Date();
  const period = reportPeriod(search, today);
  const [location, navigate] = useLocation();
  // The report's address always names its period, so a saved link or a reload keeps the same year.
  const needsPeriod = location === '/report' && period !== undefined && !new URLSearchParams(search).has('period');
  useEffect(() => {
    if (needsPeriod) {
      navigate(paths.report(period.id), { replace: true });
    }
  }, [needsPeriod, navigate, period?.id]);
  const caseStudies = period ? <CaseStudyList gateway={session.gateway} period={period} /> : null;
  return (
    <Switch>
      <Route path="/report">
        {period ? (
          <ReportScreen gateway={session.gateway} partnership={PARTNERSHIP} period={period} caseStudies={caseStudies} />
        ) : (
          <BadPeriod />
        )}
      </Route>
      <Route path="/report/narrative">
        {period && session.user ? (
          <NarrativeScreen gateway={session.gateway} period={period} author={session.user.reference} />
        ) : (
          <BadPeriod />
        )}
      </Route>
      <Route path="/about-partnership">
        <AboutPartnershipScreen
          partnership={PARTNERSHIP}
          reportHref={paths.report(financialYear(today.toISOString().slice(0, 10)).id)}
        />
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}

function BadPeriod(): ReactElement {
  return (
    <>
      <StepHeading>Report period not recognised</StepHeading>
      <p className="nhsuk-body">
        The address names a period HJP Link does not know. Reports are for UK financial years, such as{' '}
        <a href={paths.report('FY2026-27')}>2026-27</a>.
      </p>
    </>
  );
}
