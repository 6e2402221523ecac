import type { AppSession } from './session';
import { LAUNCH_PROBLEMS, type LaunchProblem } from '../smart/launchErrors';

/** A launch that succeeded technically but cannot be used: no known user, or a clinician without a patient. */
export function startupProblem(session: Pick<AppSession, 'user' | 'patient'>): LaunchProblem | undefined {
  if (!session.user) {
    return LAUNCH_PROBLEMS.unknownUser;
  }
  const role = session.user.role;
  if ((role === 'gp' || role === 'ward-nurse') && !session.patient) {
    return LAUNCH_PROBLEMS.noPatient;
  }
  return undefined;
}
