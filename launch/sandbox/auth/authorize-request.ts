import { isLoopbackHttpUrl } from './loopback';
import { isS256Challenge } from './pkce';
import { parseScopes, type ParsedScopes } from './scopes';

/** A checked authorization request (the parameters of RFC 6749 4.1.1 + PKCE + SMART). */
export interface AuthorizeRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly scope: ParsedScopes;
  readonly scopeText: string;
  readonly codeChallenge: string;
  readonly launch: string | undefined;
}

export type AuthorizeCheck =
  | { readonly kind: 'ok'; readonly request: AuthorizeRequest }
  /** The client or redirect_uri cannot be trusted: answer with a page, never redirect. */
  | { readonly kind: 'page'; readonly message: string }
  | {
      readonly kind: 'redirect';
      readonly redirectUri: string;
      readonly error: string;
      readonly description: string;
      readonly state: string | undefined;
    };

/** Checks an authorize request's parameters in the order OAuth requires. */
export function checkAuthorizeRequest(params: URLSearchParams, fhirBase: string): AuthorizeCheck {
  const clientId = params.get('client_id') ?? '';
  const redirectUri = params.get('redirect_uri') ?? '';
  if (clientId.trim() === '') {
    return { kind: 'page', message: 'The request has no client_id.' };
  }
  if (!isLoopbackHttpUrl(redirectUri)) {
    return {
      kind: 'page',
      message:
        'The redirect_uri must be an http(s) address on this computer (127.0.0.1, localhost or [::1]). The app was not sent back.',
    };
  }
  const state = params.get('state') ?? undefined;
  const fail = (error: string, description: string): AuthorizeCheck => ({
    kind: 'redirect',
    redirectUri,
    error,
    description,
    state,
  });
  if (params.get('response_type') !== 'code') {
    return fail('unsupported_response_type', 'response_type must be "code".');
  }
  if (state === undefined || state === '') {
    return fail('invalid_request', 'state is required.');
  }
  if (params.get('aud') !== fhirBase) {
    return fail('invalid_request', `aud must be the FHIR base URL ${fhirBase}.`);
  }
  const codeChallenge = params.get('code_challenge') ?? '';
  if (codeChallenge === '') {
    return fail('invalid_request', 'PKCE is required: send code_challenge with code_challenge_method=S256.');
  }
  if (params.get('code_challenge_method') !== 'S256') {
    return fail('invalid_request', 'Only the S256 code_challenge_method is supported.');
  }
  if (!isS256Challenge(codeChallenge)) {
    return fail('invalid_request', 'code_challenge is not a base64url SHA-256 digest.');
  }
  const scopeText = params.get('scope') ?? '';
  const launch = params.get('launch') ?? undefined;
  return {
    kind: 'ok',
    request: {
      clientId,
      redirectUri,
      state,
      scope: parseScopes(scopeText),
      scopeText,
      codeChallenge,
      launch: launch === '' ? undefined : launch,
    },
  };
}

/** redirect_uri with the given query parameters added. */
export function redirectWith(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) {
      url.searchParams.set(key, value);
    }
  }
  return url.toString();
}
