import FHIR from 'fhirclient';
import type { Patient } from 'fhir/r4';

async function show(): Promise<void> {
  const client = await FHIR.oauth2.ready();
  const patient = (await client.patient.read()) as Patient;
  const name = patient.name?.[0];
  const text = [name?.given?.join(' '), name?.family].filter(Boolean).join(' ');
  const target = document.getElementById('patient-name');
  if (target) {
    target.textContent = text;
    target.dataset.ready = 'true';
  }
}

void show();
