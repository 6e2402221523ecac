import { loadViews } from '../../../fhir-profiles/src/views/views';
import { evaluationScopes } from '../../../src/evaluation/job/backend-auth';
import { EVALUATION_CLIENT_ID, loadOrCreateClientKey } from '../../../src/evaluation/job/client-key';
import type { BackendClientRegistration } from './clients';

/**
 * The evaluation job's registration (issue 12): its public JWKS from the job's key folder (the
 * key pair is made there on first run) and, at most, the system/ scopes the job asks for.
 */
export function evaluationClientRegistration(keyDir?: string): BackendClientRegistration {
  const key = loadOrCreateClientKey(keyDir);
  return {
    clientId: EVALUATION_CLIENT_ID,
    jwks: key.jwks,
    scope: evaluationScopes(loadViews().map((v) => v.resource)),
  };
}
