import type { ReactElement } from 'react';
import { Route, Switch } from 'wouter';
import '../../ui/ui.scss';
import { NotFound } from '../NotFound';
import type { AppSession } from '../session';
import { LeadDashboard } from './LeadDashboard';
import { REPORT_PATHS, ReportRoutes } from './ReportRoutes';

/** The partnership lead's screens: the dashboard, the funder report and the partnership (their own chunk: chart code loads for the lead only). */
export function LeadRoutes({ session }: { session: AppSession }): ReactElement {
  const today = new Date();
  return (
    <Switch>
      <Route path="/">
        <LeadDashboard gateway={session.gateway} today={today} />
      </Route>
      <Route path="/dashboard">
        <LeadDashboard gateway={session.gateway} today={today} />
      </Route>
      {REPORT_PATHS.map((path) => (
        <Route key={path} path={path}>
          <ReportRoutes session={session} />
        </Route>
      ))}
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
