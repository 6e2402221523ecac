import { Suspense, type ReactElement } from 'react';
import { Link } from 'wouter';
import { StepHeading } from '../ui/Heading';
import { ErrorBoundary } from './ErrorBoundary';
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
const report = preloadable(
  () => import('./lead/ReportRoutes'),
  (m) => m.ReportRoutes,
);
export const loadClinicianScreens = clinician.preload;
const ClinicianRoutes = clinician.Component;
const AdviserRoutes = adviser.Component;
const ReportRoutes = report.Component;

/** The screens for the signed-in user's role, each at its own URL. */
export function Screens({ session }: { session: AppSession }): ReactElement {
  const role = session.user?.role;
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {role === 'lead' && <ReportRoutes session={session} home={<LeadHome />} />}
        {role === 'adviser' && <AdviserRoutes session={session} />}
        {role !== 'lead' && role !== 'adviser' && <ClinicianRoutes session={session} />}
      </Suspense>
    </ErrorBoundary>
  );
}

/** The partnership lead's evaluation dashboard is not part of this version; say so plainly. */
function LeadHome(): ReactElement {
  return (
    <>
      <StepHeading>Partnership data</StepHeading>
      <p data-testid="lead-home">
        The partnership dashboard (referrals, needs, outcomes and financial gains over time) is not available in this
        version of HJP Link. Your sign-in works; nothing else is needed from you now.
      </p>
      <ul className="nhsuk-list">
        <li>
          <Link href="/report">Funder report for this financial year</Link>
        </li>
        <li>
          <Link href="/about-partnership">About the partnership</Link>
        </li>
      </ul>
    </>
  );
}
