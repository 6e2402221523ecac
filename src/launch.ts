import FHIR from 'fhirclient';
import { authorizeOptions } from './smart/authorize';

// The SMART launch_uri page: hand over to the EHR's authorisation server.
FHIR.oauth2.authorize(authorizeOptions(new URL(window.location.href))).catch((err: unknown) => {
  const status = document.getElementById('launch-status');
  if (status) {
    status.textContent =
      'HJP Link could not connect to the patient record. Close this window and open HJP Link again from the record. ' +
      'If it keeps happening, contact your IT service desk.';
  }
  console.error('SMART authorize failed', err instanceof Error ? err.name : 'unknown error');
});
