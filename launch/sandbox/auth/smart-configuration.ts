import type { SandboxUrls } from '../urls';

/** /.well-known/smart-configuration (SMART App Launch 2.x discovery). */
export function smartConfiguration(urls: SandboxUrls): Record<string, unknown> {
  return {
    issuer: urls.fhirBase,
    jwks_uri: `${urls.origin}/auth/jwks`,
    authorization_endpoint: `${urls.origin}/auth/authorize`,
    token_endpoint: `${urls.origin}/auth/token`,
    token_endpoint_auth_methods_supported: ['none'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: [
      'openid',
      'fhirUser',
      'launch',
      'launch/patient',
      'launch/encounter',
      'online_access',
      'offline_access',
      'patient/*.cruds',
      'patient/*.rs',
      'user/*.cruds',
      'user/*.rs',
      'patient/*.read',
      'patient/*.write',
      'user/*.read',
      'user/*.write',
    ],
    capabilities: [
      'launch-ehr',
      'launch-standalone',
      'client-public',
      'context-ehr-patient',
      'context-ehr-encounter',
      'context-standalone-patient',
      'context-banner',
      'permission-patient',
      'permission-user',
      'permission-v1',
      'permission-v2',
      'permission-offline',
      'permission-online',
      'sso-openid-connect',
      'authorize-post',
    ],
  };
}
