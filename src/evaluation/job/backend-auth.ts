import { randomUUID } from 'node:crypto';
import { signAssertion, type ClientKey } from './client-key';

/** SMART Backend Services (client_credentials with a private_key_jwt assertion). */
export interface BackendToken {
  readonly accessToken: string;
  readonly scope: string;
  readonly expiresAt: number;
}

export interface BackendClient {
  readonly fhirBase: string;
  readonly clientId: string;
  readonly key: ClientKey;
  readonly scope: string;
}

async function tokenEndpoint(fhirBase: string): Promise<string> {
  const res = await fetch(`${fhirBase}/.well-known/smart-configuration`, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    throw new Error(`${fhirBase}/.well-known/smart-configuration answered ${String(res.status)}`);
  }
  const config = (await res.json()) as { token_endpoint?: unknown; grant_types_supported?: unknown };
  if (typeof config.token_endpoint !== 'string') {
    throw new Error('The server’s smart-configuration has no token_endpoint');
  }
  const grants = Array.isArray(config.grant_types_supported) ? (config.grant_types_supported as unknown[]) : [];
  if (!grants.includes('client_credentials')) {
    throw new Error('The server does not offer client_credentials (SMART Backend Services)');
  }
  return config.token_endpoint;
}

/** Gets an access token; the assertion lives five minutes and is used once (jti). */
export async function requestBackendToken(client: BackendClient): Promise<BackendToken> {
  const endpoint = await tokenEndpoint(client.fhirBase);
  const now = Math.floor(Date.now() / 1000);
  const assertion = signAssertion(client.key, {
    iss: client.clientId,
    sub: client.clientId,
    aud: endpoint,
    exp: now + 300,
    jti: randomUUID(),
  });
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope: client.scope,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    }),
  });
  const body = (await res.json()) as Record<string, unknown>;
  if (!res.ok || typeof body.access_token !== 'string') {
    const reason = typeof body.error_description === 'string' ? body.error_description : String(body.error);
    throw new Error(`The token endpoint refused the evaluation client (${String(res.status)}): ${reason}`);
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 300;
  return {
    accessToken: body.access_token,
    scope: typeof body.scope === 'string' ? body.scope : '',
    expiresAt: Date.now() + expiresIn * 1000,
  };
}

/** The scopes the job needs: read and search of what the views read, and writing MeasureReports. */
export function evaluationScopes(resourceTypes: readonly string[]): string {
  return [...[...new Set(resourceTypes)].sort().map((t) => `system/${t}.rs`), 'system/MeasureReport.cus'].join(' ');
}
