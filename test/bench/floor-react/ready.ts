// The stack's floor: the floor page's work (test/bench/floor), the name shown by React with the
// app's own stylesheet (the NHS look) and nothing else of the app: no router, query layer,
// validation, partnership file or screens. What React and the NHS stylesheet cost a launch alone.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../src/styles/app.scss';
import { patientName } from '../floor/patientName';

async function show(): Promise<void> {
  const text = await patientName();
  const container = document.getElementById('root');
  if (container) {
    createRoot(container).render(
      createElement('p', { id: 'patient-name', className: 'nhsuk-body', 'data-ready': 'true' }, text),
    );
  }
}

void show();
