import type { AppSession } from './session';
import { LAUNCH_PROBLEMS, serverLacksProblem, type LaunchProblem } from '../smart/launchErrors';
import { describeNeed, missingCapabilities, needsOf } from '../fhir/capabilities';
import type { CapabilityStatement } from 'fhir/r4';
import { sessionProblem } from './sessionProblem';

/**
 * A launch that succeeded technically but cannot be used: no known user, a clinician without a
 * patient (unless launched for the practice worklist), a patient record the app cannot read safely (wrong types), or a server that lacks what this user's screens need (from its CapabilityStatement;
 * undefined when /metadata could not be read, which stops nothing).
 */
export function startupProblem(
  session: Pick<AppSession, 'user' | 'patient'> & { context?: Pick<AppSession['context'], 'practiceList'> },
  capabilities?: CapabilityStatement,
): LaunchProblem | undefined {
  const kind = sessionProblem(session);
  if (kind) {
    return LAUNCH_PROBLEMS[kind];
  }
  const role = session.user?.role;
  const missing = capabilities ? missingCapabilities(capabilities, needsOf(role)) : [];
  if (missing.length > 0) {
    return serverLacksProblem(missing.map(describeNeed));
  }
  return undefined;
}
