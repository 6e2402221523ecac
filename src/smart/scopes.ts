/**
 * The SMART scopes HJP Link asks for — the one place they are declared. Least privilege:
 * each launch profile asks only for what its screens read and write (SMART v2 syntax).
 *
 * A partnership registers one launch URL per profile with its EHR:
 *   clinician  launch.html               (EHR launch in a patient record, GP or ward staff)
 *   adviser    launch.html?profile=adviser  (no patient open; the advice service's caseload)
 *   lead       launch.html?profile=lead     (evaluation data)
 */
export type LaunchProfile = 'clinician' | 'adviser' | 'lead';

export const LAUNCH_PROFILES: readonly LaunchProfile[] = ['clinician', 'adviser', 'lead'];

/** Identity and session: who the user is, and a refresh token while they are online. */
const IDENTITY = ['openid', 'fhirUser', 'online_access'] as const;

/** The partnership's directory: users, organisations, services and the checklist definition. */
const DIRECTORY = [
  'user/Practitioner.rs',
  'user/PractitionerRole.rs',
  'user/Organization.rs',
  'user/HealthcareService.rs',
  'user/Questionnaire.rs',
] as const;

export const SCOPES: Readonly<Record<LaunchProfile, readonly string[]>> = {
  clinician: [
    'launch',
    ...IDENTITY,
    ...DIRECTORY,
    'patient/Patient.r',
    'patient/QuestionnaireResponse.crs',
    'patient/Consent.crs',
    'patient/ServiceRequest.crus',
    'patient/Task.crus',
    'patient/Communication.crs',
    // Read: who made each change on the timeline; search: the referral's conditional Provenance.
    'patient/Provenance.crs',
  ],
  adviser: [
    'launch',
    ...IDENTITY,
    ...DIRECTORY,
    'user/Patient.rs',
    'user/ServiceRequest.rs',
    'user/Task.crus',
    'user/Consent.rs',
    'user/Communication.crs',
    'user/QuestionnaireResponse.rs',
    // Read only while the patient's medical-evidence consent is active; the app checks first.
    'user/Condition.rs',
    // Write: who changed a case; read: show it in the case history.
    'user/Provenance.crs',
  ],
  // No identifiable data (access model): aggregate figures and the partnership's configuration only.
  lead: ['launch', ...IDENTITY, ...DIRECTORY, 'user/MeasureReport.rs'],
};

export function scopeString(profile: LaunchProfile): string {
  return SCOPES[profile].join(' ');
}

export function parseLaunchProfile(value: string | null): LaunchProfile {
  return LAUNCH_PROFILES.find((p) => p === value) ?? 'clinician';
}
