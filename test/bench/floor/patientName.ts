import FHIR from 'fhirclient';
import type { Patient } from 'fhir/r4';

/** The floor pages' work: complete the SMART launch (PKCE), read the patient in context, their name as text. */
export async function patientName(): Promise<string> {
  const client = await FHIR.oauth2.ready();
  const patient = (await client.patient.read()) as Patient;
  const name = patient.name?.[0];
  return [name?.given?.join(' '), name?.family].filter(Boolean).join(' ');
}
