import { lazy, Suspense, type ReactElement } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import type { AppSession } from './session';

// Each role's screens are their own chunks: the clinician path does not download adviser code.
const ClinicianHome = lazy(() => import('../clinician/ClinicianHome').then((m) => ({ default: m.ClinicianHome })));
const CaseloadHome = lazy(() => import('../casework/CaseloadHome').then((m) => ({ default: m.CaseloadHome })));

/** The first screen for the signed-in user's role. */
export function Home({ session }: { session: AppSession }): ReactElement {
  const role = session.user?.role;
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {role === 'adviser' || (role === 'lead' && !session.patient) ? (
          <CaseloadHome session={session} />
        ) : (
          <ClinicianHome session={session} />
        )}
      </Suspense>
    </ErrorBoundary>
  );
}
