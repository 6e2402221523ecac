import { isReadablePatient } from '../domain/patient';
import type { AppSession } from './session';

/** What makes a signed-in session unusable, before any screen: the key of its LAUNCH_PROBLEMS text. */
export type SessionProblem = 'unknownUser' | 'noPatient' | 'unreadablePatient';

/**
 * The session checks, apart from their texts (smart/launchErrors.ts) and the server check
 * (startupProblem.ts): the redirect page runs these before the first screen and loads the
 * texts only when one fails.
 */
export function sessionProblem(
  session: Pick<AppSession, 'user' | 'patient'> & { context?: Pick<AppSession['context'], 'practiceList'> },
): SessionProblem | undefined {
  if (!session.user) {
    return 'unknownUser';
  }
  const role = session.user.role;
  // Without a patient a clinician sees the practice worklist, if the launch asked for it (profile=practice).
  if ((role === 'gp' || role === 'ward-nurse') && !session.patient && session.context?.practiceList !== true) {
    return 'noPatient';
  }
  if (session.patient && !isReadablePatient(session.patient)) {
    return 'unreadablePatient';
  }
  return undefined;
}
