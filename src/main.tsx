import FHIR from 'fhirclient';
import { PARTNERSHIP_FILE } from './config/app';
import type * as BootModule from './app/boot';

// The SMART redirect_uri page's entry, as small as it can be: nothing but fhirclient runs before
// the token request and the partnership file's are on their way. Everything else (the file's
// check, the first screen's requests, React) is ./app/boot, fetched beside this through
// modulepreload and evaluated while the token is exchanged.
performance.mark('hjp:start');
// A public client names itself when refreshing (RFC 6749 section 6); fhirclient does not by default.
(FHIR.oauth2.settings as { refreshTokenWithClientId?: boolean }).refreshTokenWithClientId = true;
const token = FHIR.oauth2.ready();
// Always asked again (no-cache): a partnership that replaces the file sees it take effect at the next launch.
const partnershipFile = fetch(`${import.meta.env.BASE_URL}${PARTNERSHIP_FILE}`, { cache: 'no-cache' });
// Both are reported by boot (after the token, for the file), never here.
token.catch(() => undefined);
partnershipFile.catch(() => undefined);

import('./app/boot').then(
  (start: typeof BootModule) => {
    start.boot(token, partnershipFile);
  },
  () => {
    // The app's own code could not be fetched (a network failure): say so in plain words.
    const root = document.getElementById('root');
    if (root) {
      root.textContent = 'HJP Link could not load. Check your connection, then open it again from the record.';
    }
  },
);
