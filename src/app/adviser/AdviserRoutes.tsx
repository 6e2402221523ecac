import type { ReactElement } from 'react';
import { Route, Switch } from 'wouter';
import { Problem } from '../../ui/Problem';
import '../../ui/ui.scss';
import '../../casework/casework.scss';
import { NotFound } from '../NotFound';
import type { AppSession } from '../session';
import { CaseloadScreen } from './CaseloadScreen';
import { CaseScreen } from './CaseScreen';

/** The adviser's screens: the caseload (filters and page in the query string) and each case. */
export function AdviserRoutes({ session }: { session: AppSession }): ReactElement {
  const user = session.user;
  const org = user?.organisation?.reference;
  if (!user || !org) {
    return (
      <Problem
        title="Your organisation is not known"
        message="HJP Link could not tell which advice service you work for, so it cannot show a caseload. Ask your system administrator to check your role."
      />
    );
  }
  const caseUser = { reference: user.reference, organisation: { reference: org } };
  return (
    <Switch>
      <Route path="/">
        <CaseloadScreen gateway={session.gateway} org={org} me={user.reference} />
      </Route>
      <Route<{ taskId: string }> path="/cases/:taskId">
        {({ taskId }) => (
          <CaseScreen key={taskId} gateway={session.gateway} taskId={taskId} org={org} user={caseUser} />
        )}
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
