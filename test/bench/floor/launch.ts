// The bench's floor: the least a SMART app can do (PKCE required, then show the patient's name).
// Built and served by test/bench/floor.ts beside the app, never shipped in dist.
import FHIR from 'fhirclient';

void FHIR.oauth2.authorize({
  clientId: 'hjp-link',
  scope: 'launch openid fhirUser patient/Patient.r',
  redirectUri: new URL('./', window.location.href).href,
  pkceMode: 'required',
});
