import { scopeLimits, type ScopeLimits } from '../smart/grantedScopes';
import { SCOPES, type LaunchProfile } from '../smart/scopes';
import type { AppSession } from './session';

/**
 * The launch profile the signed-in user's screens belong to, by role: the adviser's and the lead's
 * own; a clinician's, or with no patient open on a practice launch, the practice worklist. The one
 * rule for which screens a session gets (Screens.tsx) and which abilities its grant is held to.
 */
export function profileOf(session: Pick<AppSession, 'user' | 'context'>): LaunchProfile {
  const role = session.user?.role;
  if (role === 'adviser' || role === 'lead') {
    return role;
  }
  return session.context.patientId === undefined && session.context.practiceList === true ? 'practice' : 'clinician';
}

/** What this session's grant takes away from the user's screens (compared with what the app asked for). */
export function sessionLimits(session: Pick<AppSession, 'user' | 'context'>): ScopeLimits {
  const profile = profileOf(session);
  return scopeLimits(profile, SCOPES[profile], session.context.grantedScope);
}
