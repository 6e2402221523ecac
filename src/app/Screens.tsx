import type { QueryClient } from '@tanstack/react-query';
import { Suspense, type ReactElement } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { preloadable } from './preloadable';
import type { AppSession } from './session';
import { profileOf } from './scopeNotice';

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
const practice = preloadable(
  () => import('./clinician/PracticeRoutes'),
  (m) => m.PracticeRoutes,
);
const lead = preloadable(
  () => import('./lead/LeadRoutes'),
  (m) => m.LeadRoutes,
);

/**
 * The code of the session's screens, loaded before the first render so it never suspends; for a
 * clinician, the first screen's data put in `client` too (prepareFirstScreen), so it renders once.
 */
export async function loadRoleScreens(session: AppSession, client: QueryClient): Promise<void> {
  const screens = profileOf(session);
  if (screens === 'clinician') {
    await (await clinician.preload()).prepareFirstScreen(client, session);
    return;
  }
  await { lead, adviser, practice }[screens].preload();
}
const ClinicianRoutes = clinician.Component;
const PracticeRoutes = practice.Component;
const AdviserRoutes = adviser.Component;
const LeadRoutes = lead.Component;

/** The screens for the signed-in user's role, each at its own URL. */
export function Screens({ session }: { session: AppSession }): ReactElement {
  const screens = profileOf(session);
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">Loading…</p>}>
        {screens === 'lead' && <LeadRoutes session={session} />}
        {screens === 'adviser' && <AdviserRoutes session={session} />}
        {screens === 'practice' && <PracticeRoutes session={session} />}
        {screens === 'clinician' && <ClinicianRoutes session={session} />}
      </Suspense>
    </ErrorBoundary>
  );
}
