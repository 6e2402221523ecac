import type { Patient } from '@medplum/fhirtypes';
import { NHS_NUMBER_SYSTEM } from '../../../fhir-profiles/src/canonical';
import { formatNhsNumber } from '../seed/nhsNumber';
import { roleLabel } from '../auth/authorize-page';
import { formatName, type DirectoryEncounter, type DirectoryPatient, type DirectoryUser } from './directory';
import { escapeHtml, htmlPage } from './page';

export const DEFAULT_LAUNCH_URI = 'http://127.0.0.1:5173/launch.html';

const option = (value: string, text: string): string =>
  `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`;

/** GET /launcher/: pick a user, a patient, an encounter and the app, then launch in a frame or a tab. */
export function launcherPage(
  users: readonly DirectoryUser[],
  patients: readonly DirectoryPatient[],
  encounters: readonly DirectoryEncounter[],
): string {
  return htmlPage(
    'HJP Sandbox EHR launcher',
    `<header><span class="brand">HJP Sandbox EHR</span><span>App launcher (synthetic data only)</span></header>
<main>
<div class="panel">
<h1>Launch a SMART app</h1>
<form method="get" action="ehr">
<label for="provider">User</label>
<select id="provider" name="provider" required>
${users.map((u) => option(u.id, `${u.name}, ${roleLabel(u.role)} (${u.id})`)).join('\n')}
</select>
<label for="patient">Patient</label>
<p class="hint" id="patient-hint">Choose "No patient" for an adviser's launch, or a GP's or nurse's worklist of their referrals.</p>
<select id="patient" name="patient" aria-describedby="patient-hint">
${option('', 'No patient')}
${patients.map((p) => option(p.id, `${p.name} (${p.id})`)).join('\n')}
</select>
<label for="encounter">Encounter</label>
<p class="hint" id="encounter-hint">Optional; it must belong to the chosen patient.</p>
<select id="encounter" name="encounter" aria-describedby="encounter-hint">
${option('', 'No encounter')}
${encounters.map((e) => option(e.id, `${e.label} (patient ${e.patient})`)).join('\n')}
</select>
<label for="launch_uri">App launch URL</label>
<p class="hint" id="launch-uri-hint">HJP Link's clinician launch by default; for an adviser or the partnership lead it becomes launch.html?profile=adviser or ?profile=lead.</p>
<input id="launch_uri" name="launch_uri" type="url" required aria-describedby="launch-uri-hint" value="${escapeHtml(DEFAULT_LAUNCH_URI)}">
<label class="checkbox"><input type="checkbox" name="need_patient_banner" value="false"> The EHR shows the patient banner (the app need not)</label>
<button type="submit">Launch in the EHR frame</button>
<button type="submit" class="secondary" formaction="/launcher" formtarget="_blank">Launch in a new tab</button>
</form>
</div>
<p>JSON lists: <a href="/launcher/context">/launcher/context</a>.</p>
</main>`,
  );
}

function nhsNumber(patient: Patient): string {
  const value = patient.identifier?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value ?? '';
  return /^\d{10}$/.test(value) ? formatNhsNumber(value) : value;
}

/** GET /launcher/ehr: a fake EHR header around the app, which runs in an unsandboxed iframe. */
export function ehrFramePage(user: DirectoryUser, patient: Patient | undefined, launcherQuery: string): string {
  const patientItems = patient
    ? `<div><dt>Patient</dt><dd>${escapeHtml(formatName(patient.name))}</dd></div>
<div><dt>NHS number</dt><dd>${escapeHtml(nhsNumber(patient))}</dd></div>
<div><dt>Born</dt><dd>${escapeHtml(patient.birthDate ?? '')}</dd></div>`
    : '<div><dt>Patient</dt><dd>None selected</dd></div>';
  return htmlPage(
    'HJP Sandbox EHR',
    `<header><span class="brand">HJP Sandbox EHR</span><span>${escapeHtml(user.name)}, ${escapeHtml(roleLabel(user.role))}</span>
<a href="/launcher/" style="color:#fff">Back to the launcher</a></header>
<main class="ehr">
<h1 class="visually-hidden">${escapeHtml(patient ? `Patient record: ${formatName(patient.name)}` : 'No patient selected')}</h1>
<dl class="ehr-bar" aria-label="Patient in context">${patientItems}</dl>
<iframe class="ehr-frame" title="HJP Link app" src="/launcher?${escapeHtml(launcherQuery)}"></iframe>
</main>`,
  );
}
