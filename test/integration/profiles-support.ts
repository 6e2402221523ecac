import type { RunningSandbox } from '../../launch/sandbox/server';
import { launchHeadless } from '../support/smart';

/** A bearer token for the partnership lead (user-level access to every resource type). */
export async function leadToken(sandbox: RunningSandbox): Promise<string> {
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
    user: 'lead',
    scope: 'launch openid fhirUser user/*.cruds',
  });
  return token.access_token;
}
