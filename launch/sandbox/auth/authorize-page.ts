import { escapeHtml, htmlPage } from '../launcher/page';
import type { DirectoryPatient, DirectoryUser } from '../launcher/directory';

/** Form fields the picker adds to the original authorize parameters. */
export const PICK_USER = 'hjp_user';
export const PICK_PATIENT = 'hjp_patient';
export const PICK_DENY = 'hjp_deny';

const ROLE_LABELS: Record<string, string> = {
  gp: 'GP',
  'ward-nurse': 'Ward nurse',
  adviser: 'Welfare rights adviser',
  lead: 'Partnership lead',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

function option(value: string, text: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`;
}

/** The standalone-launch sign-in page: pick a user (and a patient when launch/patient is asked for). */
export function authorizePage(
  params: URLSearchParams,
  users: readonly DirectoryUser[],
  patients: readonly DirectoryPatient[] | undefined,
): string {
  const hidden = [...params.entries()]
    .filter(([key]) => !key.startsWith('hjp_'))
    .map(([key, value]) => `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const patientField = patients
    ? `<label for="${PICK_PATIENT}">Patient</label>
<p class="hint" id="patient-hint">The app asked for a patient in context.</p>
<select id="${PICK_PATIENT}" name="${PICK_PATIENT}" aria-describedby="patient-hint">
${option('', 'No patient')}
${patients.map((p) => option(p.id, `${p.name} (${p.id})`)).join('\n')}
</select>`
    : '';
  const clientId = params.get('client_id') ?? '';
  return htmlPage(
    'Sign in to the HJP Sandbox EHR',
    `<header><span class="brand">HJP Sandbox EHR</span><span>Sign in</span></header>
<main>
<div class="panel">
<h1>Sign in to the sandbox EHR</h1>
<p>The app <strong>${escapeHtml(clientId)}</strong> asks for access: <code>${escapeHtml(params.get('scope') ?? '')}</code>.
This is a test system with synthetic data; there are no passwords.</p>
<form method="post" action="authorize">
${hidden}
<label for="${PICK_USER}">Sign in as</label>
<select id="${PICK_USER}" name="${PICK_USER}" required>
${users.map((u) => option(u.id, `${u.name}, ${roleLabel(u.role)}`)).join('\n')}
</select>
${patientField}
<button type="submit">Allow and continue</button>
<button type="submit" class="secondary" name="${PICK_DENY}" value="1" formnovalidate>Deny</button>
</form>
</div>
</main>`,
  );
}
