import { Suspense, type ReactElement } from 'react';
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
const lead = preloadable(
  () => import('./lead/LeadRoutes'),
  (m) => m.LeadRoutes,
);
export const loadClinicianScreens = clinician.preload;
const ClinicianRoutes = clinician.Component;
const AdviserRoutes = adviser.Component;
const LeadRoutes = lead.Component;

/** The screens for the signed-in user's role, each at its own URL. */
export function Screens({ session }: { session: AppSession }): ReactElement {
  const role = session.user?.role;
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {role === 'lead' && <LeadRoutes session={session} />}
        {role === 'adviser' && <AdviserRoutes session={session} />}
        {role !== 'lead' && role !== 'adviser' && <ClinicianRoutes session={session} />}
      </Suspense>
    </ErrorBoundary>
  );
}
