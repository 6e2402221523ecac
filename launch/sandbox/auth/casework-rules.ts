import type { Appointment, Communication, QuestionnaireResponse, Resource, ServiceRequest } from '@medplum/fhirtypes';
import {
  COMMUNICATION_CATEGORY,
  INTERNAL_NOTE_CATEGORY,
  MEASURE_QUESTIONNAIRE_PREFIX,
  PROFILE,
} from '../../../fhir-profiles/src/terminology';
import type { Principal } from './principal';
import { idIn, type RecordFacts } from './record-facts';
import { isOwnReferral, messageIsAboutCase, onlyPatient, standing, type Seen } from './record-rules';

/**
 * The adviser's working day (issue 11): appointments, internal case notes and before-and-after
 * measure responses. Reads: appointments reach the advice organisation holding the case and the
 * referrer; case notes reach ONLY the advice organisation holding the case (never a clinician,
 * whatever the scope level, so also not through _revinclude, search, counts or history, which all
 * reveal through the policy); measure responses reach the advice organisation. Writes: only an
 * adviser of the organisation holding the case, for its patient.
 */
type Adviser = Extract<Principal, { kind: 'adviser' }>;
type Clinician = Extract<Principal, { kind: 'clinician' }>;

const hasProfile = (resource: Resource, profile: string): boolean => resource.meta?.profile?.includes(profile) ?? false;

/** A Communication that is an internal case note (by profile or by category). */
export function isInternalNote(resource: Resource): boolean {
  if (resource.resourceType !== 'Communication') {
    return false;
  }
  return (
    hasProfile(resource, PROFILE.caseNote) ||
    (resource.category ?? []).some((cc) =>
      (cc.coding ?? []).some((c) => c.system === COMMUNICATION_CATEGORY.system && c.code === INTERNAL_NOTE_CATEGORY),
    )
  );
}

/** A QuestionnaireResponse to one of the before-and-after measures (by profile or by questionnaire). */
export function isMeasureResponse(resource: Resource): boolean {
  return (
    resource.resourceType === 'QuestionnaireResponse' &&
    (hasProfile(resource, PROFILE.measureResponse) ||
      (resource.questionnaire ?? '').startsWith(MEASURE_QUESTIONNAIRE_PREFIX))
  );
}

const NOTE_ONLY_ADVICE = 'Internal case notes are readable only by the advice organisation that holds the case.';
const NOT_YOUR_CASE = { refused: 'This record is not part of a referral to your organisation.' } as const;

/** Is any of the references one of the organisation's cases (referral Task or referral)? */
function aboutCase(facts: RecordFacts, org: string, references: readonly { reference?: string }[]): boolean {
  return messageIsAboutCase(facts, { resourceType: 'Communication', status: 'completed', about: [...references] }, org);
}

function referralOf(facts: RecordFacts, resource: { basedOn?: { reference?: string }[] }): ServiceRequest | undefined {
  const id = (resource.basedOn ?? []).map((r) => idIn(r.reference, 'ServiceRequest')).find((x) => x !== undefined);
  return id ? (facts.view.current('ServiceRequest', id) as ServiceRequest | undefined) : undefined;
}

function caseLinks(resource: Resource): { reference?: string }[] {
  const r = resource as { basedOn?: { reference?: string }[]; about?: { reference?: string }[] };
  return [...(r.basedOn ?? []), ...(r.about ?? [])];
}

/**
 * Any token that is not an adviser (clinicians at patient or user level, the lead): internal
 * notes are refused outright. Called by the policy before the scope-level rules.
 */
export function adviceOrganisationOnly(principal: Principal, resource: Resource): string | undefined {
  if (principal.kind === 'adviser' || principal.kind === 'test-admin') {
    return undefined;
  }
  return isInternalNote(resource) ? NOTE_ONLY_ADVICE : undefined;
}

/** The adviser's view of casework records; undefined when the resource is not one (other rules apply). */
export function adviserSeesCasework(facts: RecordFacts, who: Adviser, resource: Resource): Seen<Resource> | undefined {
  const kind = resource.resourceType === 'Appointment' || isInternalNote(resource) || isMeasureResponse(resource);
  if (!kind) {
    return undefined;
  }
  const org = who.organization;
  const patient = onlyPatient(resource);
  if (org === undefined || patient === undefined || !standing(facts, patient, org).known) {
    return NOT_YOUR_CASE;
  }
  return aboutCase(facts, org, caseLinks(resource)) ? resource : NOT_YOUR_CASE;
}

/** A clinician without a patient open: the appointments on the referrals they or their organisation made. */
export function clinicianSeesCasework(
  facts: RecordFacts,
  who: Clinician,
  resource: Resource,
): Seen<Resource> | undefined {
  if (resource.resourceType !== 'Appointment') {
    return undefined;
  }
  const request = referralOf(facts, resource);
  return request !== undefined && isOwnReferral(facts, who, request)
    ? resource
    : { refused: 'This appointment is not on a referral you or your organisation made.' };
}

function patientOfAppointment(appointment: Appointment): string[] {
  return appointment.participant.flatMap((p) => idIn(p.actor?.reference, 'Patient') ?? []);
}

/** What an adviser's casework write must satisfy: the case is their organisation's, open, and for its patient. */
function caseProblem(
  facts: RecordFacts,
  who: Adviser,
  resource: Resource,
  patient: string | undefined,
): string | undefined {
  const org = who.organization;
  const request = referralOf(facts, resource as { basedOn?: { reference?: string }[] });
  if (org === undefined || request === undefined || !aboutCase(facts, org, caseLinks(resource))) {
    return 'This must be based on a referral your organisation holds as a case.';
  }
  const subject = idIn(request.subject.reference, 'Patient');
  if (patient === undefined || patient !== subject) {
    return 'This must be about the patient of the referral.';
  }
  if (!standing(facts, patient, org).open) {
    return 'Your organisation has no open case for this patient.';
  }
  return undefined;
}

function appointmentProblem(facts: RecordFacts, who: Adviser, appointment: Appointment): string | undefined {
  const patients = patientOfAppointment(appointment);
  const problem = caseProblem(facts, who, appointment, patients.length === 1 ? patients[0] : undefined);
  if (problem) {
    return problem;
  }
  const advisers = appointment.participant.flatMap((p) => {
    const role = p.actor?.reference;
    return idIn(role, 'PractitionerRole') ? [role] : [];
  });
  return advisers.length > 0 && advisers.every((role) => facts.organizationOf(role) === who.organization)
    ? undefined
    : 'An appointment names an adviser of your organisation.';
}

function noteProblem(facts: RecordFacts, who: Adviser, note: Communication): string | undefined {
  const problem = caseProblem(facts, who, note, idIn(note.subject?.reference, 'Patient'));
  if (problem) {
    return problem;
  }
  if (note.sender?.reference !== `PractitionerRole/${who.user}`) {
    return 'A case note is written in your own name.';
  }
  const recipients = (note.recipient ?? []).map((r) => r.reference);
  return recipients.length === 1 && recipients[0] === who.organization
    ? undefined
    : 'A case note is addressed to your own organisation only; use a message to write to the referrer.';
}

function measureProblem(facts: RecordFacts, who: Adviser, response: QuestionnaireResponse): string | undefined {
  const patient = idIn(response.subject?.reference, 'Patient');
  const problem = caseProblem(facts, who, response, patient);
  if (problem) {
    return problem;
  }
  if (who.organization !== undefined && patient !== undefined && !standing(facts, patient, who.organization).referral) {
    return 'Without the patient’s referral consent no new answers can be recorded.';
  }
  return response.author?.reference === `PractitionerRole/${who.user}`
    ? undefined
    : 'A measure response is recorded in your own name.';
}

/** Casework writes (create and update): only the adviser of the organisation holding the open case. */
export function caseworkWriteProblem(facts: RecordFacts, who: Principal, next: Resource): string | undefined {
  const isAppointment = next.resourceType === 'Appointment';
  const note = isInternalNote(next);
  const measure = isMeasureResponse(next);
  if (!isAppointment && !note && !measure) {
    return undefined;
  }
  if (who.kind !== 'adviser') {
    if (isAppointment) {
      return 'Only the advice organisation that holds the case books its appointments.';
    }
    return note ? NOTE_ONLY_ADVICE : 'Only the advice organisation that holds the case records its measures.';
  }
  if (isAppointment) {
    return appointmentProblem(facts, who, next);
  }
  return note
    ? noteProblem(facts, who, next as Communication)
    : measureProblem(facts, who, next as QuestionnaireResponse);
}
