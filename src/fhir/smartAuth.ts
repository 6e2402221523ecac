import type Client from 'fhirclient/lib/Client';
import { isRegistrationError } from './oauthErrors';
import type { AuthSource } from './gateway';

/** fhirclient keeps the tokens (in sessionStorage); the gateway asks it for a fresh header. */
export function smartAuthSource(client: Client): AuthSource {
  return {
    async authorizationHeader(): Promise<string | null> {
      try {
        await client.refreshIfNeeded();
      } catch {
        // An expired session shows up as a 401 on the call itself.
      }
      return client.getAuthorizationHeader();
    },
    async refresh(): Promise<boolean> {
      if (!client.getState('tokenResponse.refresh_token')) {
        return false;
      }
      try {
        await client.refresh();
        return true;
      } catch (err) {
        // A refused client is a registration problem, not an ended session: let it be named as one.
        if (isRegistrationError(err)) {
          throw err;
        }
        return false;
      }
    },
  };
}
