import { TEST_ADMIN_CLIENT_ID } from '../../launch/sandbox/auth/principal';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { launchHeadless } from '../support/smart';

/**
 * A bearer token of the test-only admin client (granted only by a sandbox in testMode): every
 * resource type, no role allowance and no record rules — for checking the profiles, never the app.
 */
export async function testAdminToken(sandbox: RunningSandbox): Promise<string> {
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
    user: 'lead',
    scope: 'launch openid fhirUser user/*.cruds',
    clientId: TEST_ADMIN_CLIENT_ID,
  });
  return token.access_token;
}
