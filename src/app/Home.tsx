import { lazy, Suspense, type ReactElement } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import type { AppSession } from './session';

// Each role's screens are their own chunks: the clinician path does not download adviser code.
const ClinicianHome = lazy(() => import('./clinician/ClinicianHome').then((m) => ({ default: m.ClinicianHome })));
const CaseloadHome = lazy(() => import('./adviser/CaseloadHome').then((m) => ({ default: m.CaseloadHome })));

/** The first screen for the signed-in user's role. */
export function Home({ session }: { session: AppSession }): ReactElement {
  const role = session.user?.role;
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {role === 'lead' && <LeadHome />}
        {role === 'adviser' && <CaseloadHome session={session} />}
        {role !== 'lead' && role !== 'adviser' && <ClinicianHome session={session} />}
      </Suspense>
    </ErrorBoundary>
  );
}

/** The partnership lead's evaluation dashboard is not part of this version; say so plainly. */
function LeadHome(): ReactElement {
  return (
    <>
      <h1>Partnership data</h1>
      <p data-testid="lead-home">
        The partnership dashboard (referrals, needs, outcomes and financial gains over time) is not available in this
        version of HJP Link. Your sign-in works; nothing else is needed from you now.
      </p>
    </>
  );
}
