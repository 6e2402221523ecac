import type { ReactElement } from 'react';
import { Route, Switch } from 'wouter';
import '../../ui/ui.scss';
import '../../timeline/worklist.scss';
import { Problem } from '../../ui/Problem';
import { NotFound } from '../NotFound';
import type { AppSession } from '../session';
import { PracticeReferralScreen } from './PracticeReferralScreen';
import { WorklistScreen } from './WorklistScreen';

/**
 * A clinician launched with no patient open (launch profile `practice`): the practice worklist
 * and each referral's timeline, each at its own URL. Its own chunk: the patient-launch first
 * screen does not download it.
 */
export function PracticeRoutes({ session }: { session: AppSession }): ReactElement {
  const user = session.user;
  if (!user) {
    return (
      <Problem
        title="We do not know who you are"
        message="HJP Link could not read your user record. Open it again from the record system."
      />
    );
  }
  return (
    <Switch>
      <Route path="/">
        <WorklistScreen gateway={session.gateway} me={user.reference} />
      </Route>
      <Route<{ id: string }> path="/referrals/:id">
        {({ id }) => <PracticeReferralScreen key={id} id={id} gateway={session.gateway} user={user} />}
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
