import { Suspense, type ReactElement } from 'react';
import { Route, Switch } from 'wouter';
import { StepHeading } from '../ui/Heading';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './NotFound';
import { preloadable } from './preloadable';
import type { AppSession } from './session';

// Each role's screens are their own chunks: the clinician path does not download adviser code.
// The clinician chunk is modulepreloaded by index.html (vite.config.ts); render.tsx evaluates the
// signed-in role's chunk before the first render.
const clinician = preloadable(
  () => import('./clinician/ClinicianRoutes'),
  (m) => m.ClinicianRoutes,
);
const adviser = preloadable(
  () => import('./adviser/AdviserRoutes'),
  (m) => m.AdviserRoutes,
);
/** The code of a role's screens (none for the lead, whose screen is here). */
export function loadRoleScreens(role: string | undefined): Promise<unknown> {
  if (role === 'lead') {
    return Promise.resolve();
  }
  return role === 'adviser' ? adviser.preload() : clinician.preload();
}
const ClinicianRoutes = clinician.Component;
const AdviserRoutes = adviser.Component;

/** The screens for the signed-in user's role, each at its own URL. */
export function Screens({ session }: { session: AppSession }): ReactElement {
  const role = session.user?.role;
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {role === 'lead' && <LeadHome />}
        {role === 'adviser' && <AdviserRoutes session={session} />}
        {role !== 'lead' && role !== 'adviser' && <ClinicianRoutes session={session} />}
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
