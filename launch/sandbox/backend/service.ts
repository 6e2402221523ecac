import type { SandboxOptions } from '../config';
import type { AccessPolicy } from '../types';
import type { SandboxUrls } from '../urls';
import { randomToken } from '../auth/store';
import { AssertionError, verifyAssertion, type BackendClientRegistration } from './clients';
import { createSystemPolicy, grantSystemScopes, type SystemGrant } from './system-policy';

/**
 * SMART Backend Services for the sandbox (issue 12, the evaluation job): the token endpoint's
 * client_credentials grant with a private_key_jwt assertion, and the tokens it issues.
 */
export interface BackendAuth {
  /** POST /auth/token with grant_type=client_credentials: the status and JSON body to send. */
  clientCredentials(form: URLSearchParams): { status: number; body: Record<string, unknown> };
  /** The policy of a backend access token, or undefined when the token is not one. */
  authenticate(accessToken: string): AccessPolicy | undefined;
  register(client: BackendClientRegistration): void;
}

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export function createBackendAuth(options: SandboxOptions, urls: SandboxUrls): BackendAuth {
  const clients = new Map<string, BackendClientRegistration>(options.backendClients.map((c) => [c.clientId, c]));
  const seenJti = new Map<string, number>();
  const tokens = new Map<string, { clientId: string; grants: readonly SystemGrant[]; expiresAt: number }>();
  const error = (
    status: number,
    code: string,
    description: string,
  ): { status: number; body: Record<string, unknown> } => ({
    status,
    body: { error: code, error_description: description },
  });

  return {
    register(client): void {
      clients.set(client.clientId, client);
    },
    clientCredentials(form) {
      if (form.get('client_assertion_type') !== ASSERTION_TYPE) {
        return error(400, 'invalid_request', `client_assertion_type must be ${ASSERTION_TYPE}`);
      }
      let client: BackendClientRegistration;
      try {
        client = verifyAssertion(form.get('client_assertion') ?? '', clients, `${urls.origin}/auth/token`, seenJti);
      } catch (err) {
        if (err instanceof AssertionError) {
          return error(401, 'invalid_client', err.message);
        }
        throw err;
      }
      const grants = grantSystemScopes(form.get('scope') ?? '', client.scope);
      if (grants.length === 0) {
        return error(400, 'invalid_scope', 'None of the requested system/ scopes can be granted to this client');
      }
      const accessToken = randomToken();
      const lifetime = options.accessTokenLifetimeSeconds;
      const now = Date.now();
      for (const [token, record] of tokens) {
        if (record.expiresAt < now) {
          tokens.delete(token);
        }
      }
      tokens.set(accessToken, { clientId: client.clientId, grants, expiresAt: now + lifetime * 1000 });
      return {
        status: 200,
        body: {
          access_token: accessToken,
          token_type: 'Bearer',
          expires_in: lifetime,
          scope: grants.map((g) => g.scope).join(' '),
        },
      };
    },
    authenticate(accessToken) {
      const record = tokens.get(accessToken);
      if (!record || record.expiresAt < Date.now()) {
        return undefined;
      }
      return createSystemPolicy(record.clientId, record.grants);
    },
  };
}

/** What the sandbox's smart-configuration adds for backend services (SMART App Launch 2.x §Backend Services). */
export function withBackendServices(config: Record<string, unknown>): Record<string, unknown> {
  const list = (key: string): unknown[] => (Array.isArray(config[key]) ? (config[key] as unknown[]) : []);
  return {
    ...config,
    token_endpoint_auth_methods_supported: [...list('token_endpoint_auth_methods_supported'), 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['RS384', 'ES384'],
    grant_types_supported: [...list('grant_types_supported'), 'client_credentials'],
    scopes_supported: [...list('scopes_supported'), 'system/*.rs', 'system/*.cruds'],
    capabilities: [...list('capabilities'), 'client-confidential-asymmetric', 'permission-v2'].filter(
      (c, i, all) => all.indexOf(c) === i,
    ),
  };
}
