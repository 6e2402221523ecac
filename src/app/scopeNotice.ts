import { scopeLimits, type ScopeLimits } from '../smart/grantedScopes';
import { SCOPES, type LaunchProfile } from '../smart/scopes';
import type { AppSession } from './session';

/** The launch profile the signed-in user's screens belong to. */
function profileOf(session: Pick<AppSession, 'user' | 'context'>): LaunchProfile {
  const role = session.user?.role;
  if (session.context.practiceList === true) {
    return 'practice';
  }
  if (role === 'adviser' || role === 'lead') {
    return role;
  }
  return 'clinician';
}

/** What this session's grant takes away from the user's screens (compared with what the app asked for). */
export function sessionLimits(session: Pick<AppSession, 'user' | 'context'>): ScopeLimits {
  const profile = profileOf(session);
  return scopeLimits(profile, SCOPES[profile], session.context.grantedScope);
}
