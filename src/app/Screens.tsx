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
const practice = preloadable(
  () => import('./clinician/PracticeRoutes'),
  (m) => m.PracticeRoutes,
);
const lead = preloadable(
  () => import('./lead/LeadRoutes'),
  (m) => m.LeadRoutes,
);
export const loadClinicianScreens = clinician.preload;
const ClinicianRoutes = clinician.Component;
const PracticeRoutes = practice.Component;
const AdviserRoutes = adviser.Component;
const LeadRoutes = lead.Component;

/** The screens for the signed-in user's role, each at its own URL. */
export function Screens({ session }: { session: AppSession }): ReactElement {
  const role = session.user?.role;
  const clinician = role !== 'lead' && role !== 'adviser';
  // No patient open and a practice launch: the practice worklist instead of the patient's screens.
  const worklist = clinician && session.context.patientId === undefined && session.context.practiceList === true;
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {role === 'lead' && <LeadRoutes session={session} />}
        {role === 'adviser' && <AdviserRoutes session={session} />}
        {clinician && worklist && <PracticeRoutes session={session} />}
        {clinician && !worklist && <ClinicianRoutes session={session} />}
      </Suspense>
    </ErrorBoundary>
  );
}
