import type { AppSession } from './session';
import { LAUNCH_PROBLEMS, serverLacksProblem, type LaunchProblem } from '../smart/launchErrors';
import { describeNeed, missingCapabilities, needsOf } from '../fhir/capabilities';
import type { CapabilityStatement } from 'fhir/r4';
import { isReadablePatient } from '../domain/patient';

/**
 * A launch that succeeded technically but cannot be used: no known user, a clinician without a
 * patient (unless launched for the practice worklist), a patient record the app cannot read safely (wrong types), or a server that lacks what this user's screens need (from its CapabilityStatement;
 * undefined when /metadata could not be read, which stops nothing).
 */
export function startupProblem(
  session: Pick<AppSession, 'user' | 'patient'> & { context?: Pick<AppSession['context'], 'practiceList'> },
  capabilities?: CapabilityStatement,
): LaunchProblem | undefined {
  if (!session.user) {
    return LAUNCH_PROBLEMS.unknownUser;
  }
  const role = session.user.role;
  // Without a patient a clinician sees the practice worklist, if the launch asked for it (profile=practice).
  if ((role === 'gp' || role === 'ward-nurse') && !session.patient && session.context?.practiceList !== true) {
    return LAUNCH_PROBLEMS.noPatient;
  }
  if (session.patient && !isReadablePatient(session.patient)) {
    return LAUNCH_PROBLEMS.unreadablePatient;
  }
  const missing = capabilities ? missingCapabilities(capabilities, needsOf(role)) : [];
  if (missing.length > 0) {
    return serverLacksProblem(missing.map(describeNeed));
  }
  return undefined;
}
