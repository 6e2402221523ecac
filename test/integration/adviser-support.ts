import type { RunningSandbox } from '../../launch/sandbox/server';
import { createGateway, type FhirGateway } from '../../src/fhir/gateway';
import { SCOPES } from '../../src/smart/scopes';
import { launchHeadless } from '../support/smart';

/**
 * The app's own FhirGateway for a user launched headless through the real SMART flow
 * (adviser launches: SCOPES.adviser, no patient; clinician launches: SCOPES.clinician + patient).
 */
export async function gatewayFor(
  sandbox: RunningSandbox,
  user: string,
  options: { patient?: string; profile?: 'adviser' | 'clinician' | 'lead' } = {},
): Promise<FhirGateway> {
  const profile = options.profile ?? (options.patient ? 'clinician' : 'adviser');
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
    user,
    ...(options.patient ? { patient: options.patient } : {}),
    scope: SCOPES[profile].join(' '),
  });
  return createGateway({
    baseUrl: sandbox.urls.fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
  });
}

export const ADVISER_USER = {
  reference: 'PractitionerRole/adviser',
  organisation: { reference: 'Organization/org-advice' },
} as const;
