import { isLoopbackHttpUrl } from '../auth/loopback';
import { encounterMatches, findUser, patientExists, type DirectorySource } from './directory';
import type { LaunchContext } from '../auth/launch-context';

export interface LauncherRequest {
  readonly launchUri: string;
  readonly context: LaunchContext;
}

/** Checks /launcher's query; returns the request or a plain message for a 400. */
export async function checkLauncherRequest(
  source: DirectorySource,
  query: URLSearchParams,
): Promise<LauncherRequest | { error: string }> {
  const launchUri = query.get('launch_uri') ?? '';
  if (!isLoopbackHttpUrl(launchUri)) {
    return { error: 'launch_uri must be an http(s) address on this computer (127.0.0.1, localhost or [::1]).' };
  }
  const user = query.get('provider') ?? '';
  if (user === '') {
    return { error: 'provider is required: the id of a sandbox user (see /launcher/context).' };
  }
  if (!(await findUser(source, user))) {
    return { error: `There is no sandbox user "${user}" (see /launcher/context).` };
  }
  const patient = nonEmpty(query.get('patient'));
  if (patient !== undefined && !(await patientExists(source, patient))) {
    return { error: `There is no patient "${patient}".` };
  }
  const encounter = nonEmpty(query.get('encounter'));
  if (encounter !== undefined && !(await encounterMatches(source, encounter, patient))) {
    return { error: `There is no encounter "${encounter}" for that patient.` };
  }
  const needPatientBanner = query.get('need_patient_banner') !== 'false';
  const readOnly = query.get('grant') === 'read-only';
  return { launchUri, context: { user, patient, encounter, needPatientBanner, ...(readOnly ? { readOnly } : {}) } };
}

function nonEmpty(value: string | null): string | undefined {
  return value === null || value === '' ? undefined : value;
}
