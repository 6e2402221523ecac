import type { fhirclient } from 'fhirclient/lib/types';
import { SMART_CLIENT_ID } from '../config/app';
import { parseLaunchProfile, scopeString } from './scopes';

/**
 * The options for fhirclient's authorize(), from the launch page's address.
 * PKCE is required (S256), whatever the server advertises. The redirect page is the app's index.
 */
export function authorizeOptions(launchUrl: URL): fhirclient.AuthorizeParams {
  const profile = parseLaunchProfile(launchUrl.searchParams.get('profile'));
  return {
    clientId: SMART_CLIENT_ID,
    scope: scopeString(profile),
    redirectUri: new URL('./', launchUrl).href,
    pkceMode: 'required',
    // Inside an EHR iframe the handshake must finish in the frame, not in the parent window.
    completeInTarget: true,
  };
}
