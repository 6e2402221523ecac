/**
 * The SMART scopes HJP Link asks for — the one place they are declared. Least privilege:
 * each launch profile asks only for what its screens read and write (SMART v2 syntax).
 *
 * A partnership registers one launch URL per profile with its EHR:
 *   clinician  launch.html               (EHR launch in a patient record, GP or ward staff)
 *   adviser    launch.html?profile=adviser  (no patient open; the advice service's caseload)
 *   lead       launch.html?profile=lead     (evaluation data)
 *   practice   launch.html?profile=practice (GP or ward staff with no patient open: the practice worklist)
 */
export type LaunchProfile = 'clinician' | 'adviser' | 'lead' | 'practice';

export const LAUNCH_PROFILES: readonly LaunchProfile[] = ['clinician', 'adviser', 'lead', 'practice'];

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

/** How the app was started: from inside the EHR (a `launch` parameter), or on its own. */
export type LaunchKind = 'ehr' | 'standalone';

/**
 * Launch context scopes: an EHR launch asks for `launch` (the EHR's context); a standalone launch
 * has none to ask for, so it asks the EHR to pick a patient where the profile needs one, and
 * nothing for the adviser and lead, who work without a patient.
 */
const STANDALONE_CONTEXT: Readonly<Record<LaunchProfile, readonly string[]>> = {
  clinician: ['launch/patient'],
  adviser: [],
  lead: [],
  practice: [],
};

/** What each profile reads and writes, whatever the launch. */
const DATA_SCOPES: Readonly<Record<LaunchProfile, readonly string[]>> = {
  clinician: [
    ...IDENTITY,
    ...DIRECTORY,
    'patient/Patient.r',
    // Read: a ward launch's encounter, for the ward the referral names (ServiceRequest.locationReference).
    'patient/Encounter.r',
    // Update: the screening draft saved as the clinician goes, then completed or stopped (their own only).
    'patient/QuestionnaireResponse.crus',
    'patient/Consent.crs',
    'patient/ServiceRequest.crus',
    'patient/Task.crus',
    // Update: only to mark a message to the user as read (Communication.received; the record allows nothing else).
    'patient/Communication.crus',
    // Read: who made each change on the timeline; search: the referral's conditional Provenance.
    'patient/Provenance.crs',
    // Read: the advice appointments on the patient's timeline (the advice organisation books them).
    'patient/Appointment.rs',
  ],
  adviser: [
    ...IDENTITY,
    ...DIRECTORY,
    'user/Patient.rs',
    'user/ServiceRequest.rs',
    'user/Task.crus',
    // Read; create: only the client's consent to a case study (the record refuses any other).
    'user/Consent.crs',
    'user/Communication.crs',
    // Read: screening answers under referral consent; create: the before-and-after measures.
    'user/QuestionnaireResponse.crs',
    // Book, reschedule and cancel the case's appointments.
    'user/Appointment.crus',
    // Read only while the patient's medical-evidence consent is active; the app checks first.
    'user/Condition.rs',
    // Write: who changed a case; read: show it in the case history.
    'user/Provenance.crs',
    // Case studies of closed cases (hjp-case-study; the record allows no other Composition).
    'user/Composition.crus',
  ],
  // The practice worklist (no patient open). User-level scopes, which the record limits to the referrals
  // the user or their organisation made, with their Tasks, messages, Provenance and patients
  // (access model: "GP without a patient"; launch/sandbox/auth/record-rules.ts, clinicianSees).
  // Read only, except marking a message to the user as read (Communication.received).
  practice: [
    ...IDENTITY,
    ...DIRECTORY,
    // Read: the patient's name on the worklist row (the referrer may see the patients they referred).
    'user/Patient.r',
    'user/ServiceRequest.rs',
    'user/Task.rs',
    'user/Communication.rus',
    'user/Provenance.rs',
    // Read: the advice appointments on a referral's timeline.
    'user/Appointment.rs',
  ],
  // No identifiable data (access model): aggregate figures, the partnership's configuration, the
  // funder report narrative it writes and case studies' text (hjp-report-narrative, hjp-case-study).
  lead: [...IDENTITY, ...DIRECTORY, 'user/MeasureReport.rs', 'user/Composition.crus'],
};

/** Every scope a launch asks for. */
export function scopesFor(profile: LaunchProfile, kind: LaunchKind): readonly string[] {
  return [...(kind === 'ehr' ? ['launch'] : STANDALONE_CONTEXT[profile]), ...DATA_SCOPES[profile]];
}

/** The scopes of an EHR launch, per profile (what a partnership registers with its EHR). */
export const SCOPES: Readonly<Record<LaunchProfile, readonly string[]>> = {
  clinician: scopesFor('clinician', 'ehr'),
  adviser: scopesFor('adviser', 'ehr'),
  lead: scopesFor('lead', 'ehr'),
  practice: scopesFor('practice', 'ehr'),
};

export function scopeString(profile: LaunchProfile, kind: LaunchKind = 'ehr'): string {
  return scopesFor(profile, kind).join(' ');
}

export function parseLaunchProfile(value: string | null): LaunchProfile {
  return LAUNCH_PROFILES.find((p) => p === value) ?? 'clinician';
}
