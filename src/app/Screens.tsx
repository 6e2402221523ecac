import { Suspense, type ReactElement } from 'react';
import { Route, Switch } from 'wouter';
import { StepHeading } from '../ui/Heading';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './NotFound';
import { preloadable } from './preloadable';
import type { AppSession } from './session';

// Each role's screens are their own chunks: the clinician path does not download adviser code.
// main.tsx starts the clinician chunk while the token is still being exchanged.
const clinician = preloadable(
  () => import('./clinician/ClinicianRoutes'),
  (m) => m.ClinicianRoutes,
);
const adviser = preloadable(
  () => import('./adviser/AdviserRoutes'),
  (m) => m.AdviserRoutes,
);
const practice = preloadable(
  () => import('./clinician/PracticeRoutes'),
  (m) => m.PracticeRoutes,
);
export const loadClinicianScreens = clinician.preload;
const ClinicianRoutes = clinician.Component;
const PracticeRoutes = practice.Component;
const AdviserRoutes = adviser.Component;

/** The screens for the signed-in user's role, each at its own URL. */
export function Screens({ session }: { session: AppSession }): ReactElement {
  const role = session.user?.role;
  const clinician = role !== 'lead' && role !== 'adviser';
  // No patient open and a practice launch: the practice worklist instead of the patient's screens.
  const worklist = clinician && session.context.patientId === undefined && session.context.practiceList === true;
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {role === 'lead' && <LeadHome />}
        {role === 'adviser' && <AdviserRoutes session={session} />}
        {clinician && worklist && <PracticeRoutes session={session} />}
        {clinician && !worklist && <ClinicianRoutes session={session} />}
      </Suspense>
    </ErrorBoundary>
  );
}

/** The partnership lead's evaluation dashboard is not part of this version; say so plainly. */
function LeadHome(): ReactElement {
  return (
    <Switch>
      <Route path="/">
        <StepHeading>Partnership data</StepHeading>
        <p data-testid="lead-home">
          The partnership dashboard (referrals, needs, outcomes and financial gains over time) is not available in this
          version of HJP Link. Your sign-in works; nothing else is needed from you now.
        </p>
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
