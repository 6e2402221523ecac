import type { fhirclient } from 'fhirclient/lib/types';
import { SMART_CLIENT_ID } from '../config/app';
import { parseLaunchProfile, scopeString } from './scopes';

/**
 * The options for fhirclient's authorize(), from the launch page's address.
 * PKCE is required (S256), whatever the server advertises. The redirect page is the app's index.
 * `launch` is asked for only when the EHR started the app (a `launch` parameter); fhirclient
 * would not add it itself once a scope such as `launch/patient` is present.
 */
export function authorizeOptions(launchUrl: URL): fhirclient.AuthorizeParams {
  const profile = parseLaunchProfile(launchUrl.searchParams.get('profile'));
  const kind = launchUrl.searchParams.get('launch') ? 'ehr' : 'standalone';
  return {
    clientId: SMART_CLIENT_ID,
    scope: scopeString(profile, kind),
    redirectUri: new URL('./', launchUrl).href,
    pkceMode: 'required',
    // Inside an EHR iframe the handshake must finish in the frame, not in the parent window.
    completeInTarget: true,
  };
}
