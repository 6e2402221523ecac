import { patientName } from './patientName';

async function show(): Promise<void> {
  const text = await patientName();
  const target = document.getElementById('patient-name');
  if (target) {
    target.textContent = text;
    target.dataset.ready = 'true';
  }
}

void show();
