import type { IncomingMessage } from 'node:http';
import type { SandboxOptions } from '../config';
import type { SandboxUrls } from '../urls';
import type { FhirService } from '../fhir/service';
import { sendJson } from '../http/respond';
import { AuthenticationError, type AccessPolicy, type Handler } from '../types';
import { handleAuthorize } from './authorize';
import { createSigningKey } from './keys';
import { createLaunchStore, type LaunchStore } from './launch-store';
import { createAccessPolicy } from './policy';
import { smartConfiguration } from './smart-configuration';
import { createTokenStore } from './store';
import { handleToken } from './token';
// Issue 12 (evaluation job): SMART Backend Services lives in ../backend/.
import { createBackendAuth, withBackendServices } from '../backend/service';

export interface AuthService {
  handler: Handler;
  /** The launches the launcher created (opaque ids the authorize endpoint looks up). */
  launches: LaunchStore;
  /** The policy of the request's bearer token; throws AuthenticationError (401) without a valid one. */
  authenticate(req: IncomingMessage): AccessPolicy;
}

/** SMART App Launch 2.x authorisation server: discovery, authorize, token, JWKS, bearer checks. */
export function createAuthService(options: SandboxOptions, urls: SandboxUrls, fhir: FhirService): AuthService {
  const store = createTokenStore();
  const key = createSigningKey();
  const launches = createLaunchStore(options.clock);
  const backend = createBackendAuth(options, urls);
  const deps = { options, urls, store, key, launches, directory: fhir, backend };

  const handler: Handler = async (req, res, url) => {
    const path = url.pathname;
    if (path === '/fhir/.well-known/smart-configuration' && req.method === 'GET') {
      sendJson(res, 200, withBackendServices(smartConfiguration(urls)), 'application/json');
      return true;
    }
    if (path === '/auth/jwks' && req.method === 'GET') {
      sendJson(res, 200, key.jwks, 'application/json');
      return true;
    }
    if (path === '/auth/authorize' && (req.method === 'GET' || req.method === 'POST')) {
      await handleAuthorize(deps, req, res, url);
      return true;
    }
    if (path === '/auth/token') {
      await handleToken(deps, req, res);
      return true;
    }
    return false;
  };

  return {
    handler,
    launches,
    authenticate(req): AccessPolicy {
      const header = req.headers.authorization ?? '';
      const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header);
      if (!match?.[1]) {
        throw new AuthenticationError('No access token: send Authorization: Bearer <token> from the SMART launch.');
      }
      const system = backend.authenticate(match[1]);
      if (system) {
        return system;
      }
      const record = store.accessTokens.get(match[1]);
      if (!record || record.expiresAt < options.clock()) {
        throw new AuthenticationError(
          'The access token is unknown or has expired; refresh it or launch the app again.',
        );
      }
      const { grant } = record;
      return createAccessPolicy({
        grants: grant.grants,
        patientId: grant.patient,
        principal: grant.principal,
        now: () => new Date(options.clock()),
      });
    },
  };
}
