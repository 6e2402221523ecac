import FHIR from 'fhirclient';
import { ALLOWED_ISS } from './config/app';
import { authorizeOptions } from './smart/authorize';
import { issAllowed, launchServer } from './smart/issAllowList';

// The SMART launch_uri page: hand over to the EHR's authorisation server — only a server on the allow-list.
const launchUrl = new URL(window.location.href);
const server = launchServer(launchUrl);
const status = document.getElementById('launch-status');

function say(title: string, ...lines: string[]): void {
  document.title = `${title} – HJP Link`;
  if (!status) {
    return;
  }
  const heading = document.createElement('h1');
  heading.textContent = title;
  // textContent only: the server's address is shown as text, never as markup.
  status.replaceChildren(
    heading,
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
}

if (server !== undefined && !issAllowed(server, ALLOWED_ISS)) {
  say(
    'HJP Link cannot be used from this record system',
    `HJP Link was opened from a record system it is not set up to work with: ${server}`,
    'Nothing has been sent to it. Do not enter any patient information.',
    'Close this window and tell your IT service desk, giving them the address above. If you did not expect this, it may be an attempt to collect your sign-in: report it as a security incident.',
  );
} else {
  FHIR.oauth2.authorize(authorizeOptions(launchUrl)).catch((err: unknown) => {
    say(
      'HJP Link could not connect',
      'HJP Link could not connect to the patient record. Close this window and open HJP Link again from the record. ' +
        'If it keeps happening, contact your IT service desk.',
    );
    console.error('SMART authorize failed', err instanceof Error ? err.name : 'unknown error');
  });
}
