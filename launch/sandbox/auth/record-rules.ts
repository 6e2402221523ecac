import type {
  Communication,
  Consent,
  Patient,
  Provenance,
  QuestionnaireResponse,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';
import { hasPatientCompartment } from './compartment';
import type { Principal } from './principal';
import {
  idIn,
  isClosingMessage,
  isEvidenceMessage,
  isEvidenceRequest,
  isReferralTask,
  patientsNamed,
  performerOrgs,
  type RecordFacts,
} from './record-facts';

/**
 * Who reaches what through a USER-level grant (the access model's table "Roles and what their
 * token reaches"). Patient-level grants are the compartment rule (policy.ts). Each rule answers
 * the resource as the user may see it, possibly with elements removed, or a plain refusal.
 */
export type Seen<R extends Resource> = R | { refused: string };

type Adviser = Extract<Principal, { kind: 'adviser' }>;
type Clinician = Extract<Principal, { kind: 'clinician' }>;

const OPEN_OR_CLOSING: ReadonlySet<string> = new Set(['requested', 'accepted', 'in-progress', 'on-hold']);

/** What an adviser may see of a patient without referral consent: who they are, never how to reach them. */
const IDENTITY_ELEMENTS = new Set(['resourceType', 'id', 'meta', 'identifier', 'active', 'name', 'birthDate']);

function identityOnly(patient: Patient): Patient {
  const out = Object.fromEntries(Object.entries(patient).filter(([key]) => IDENTITY_ELEMENTS.has(key))) as Patient;
  const tag = { system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'SUBSETTED' };
  out.meta = { ...out.meta, tag: [...(out.meta?.tag ?? []), tag] };
  return out;
}

const refused = (text: string): { refused: string } => ({ refused: text });

const NOT_YOURS = refused('This record is not part of a referral to your organisation.');

/** The only patient a resource is about, when it names exactly one. */
export function onlyPatient(resource: Resource): string | undefined {
  const patients = patientsNamed(resource);
  return patients.size === 1 ? [...patients][0] : undefined;
}

/** Is the Task one of the organisation's cases (a referral Task it owns, or an evidence request within one)? */
function isCaseTask(facts: RecordFacts, task: Task, org: string): boolean {
  if (isReferralTask(task)) {
    return task.owner?.reference === org;
  }
  if (isEvidenceRequest(task)) {
    return (task.partOf ?? []).some((p) => {
      const id = idIn(p.reference, 'Task');
      const parent = id ? (facts.view.current('Task', id) as Task | undefined) : undefined;
      return parent !== undefined && isReferralTask(parent) && parent.owner?.reference === org;
    });
  }
  return false;
}

function isCaseReferral(facts: RecordFacts, request: ServiceRequest, org: string): boolean {
  return (
    performerOrgs(request).includes(org) ||
    (request.id !== undefined && facts.tasksFocusedOn(request.id).some((t) => t.owner?.reference === org))
  );
}

/** Is a reference (Task/… or ServiceRequest/…) one of the organisation's cases? */
function isCaseReference(facts: RecordFacts, reference: string | undefined, org: string): boolean {
  const taskId = idIn(reference, 'Task');
  if (taskId) {
    const task = facts.view.current('Task', taskId) as Task | undefined;
    return task !== undefined && isCaseTask(facts, task, org);
  }
  const srId = idIn(reference, 'ServiceRequest');
  const request = srId ? (facts.view.current('ServiceRequest', srId) as ServiceRequest | undefined) : undefined;
  return request !== undefined && isCaseReferral(facts, request, org);
}

export function messageIsAboutCase(facts: RecordFacts, message: Communication, org: string): boolean {
  return [...(message.basedOn ?? []), ...(message.about ?? [])].some((r) => isCaseReference(facts, r.reference, org));
}

interface PatientStanding {
  readonly referral: boolean;
  readonly evidence: boolean;
  /** The organisation holds an open or closing referral Task for the patient. */
  readonly open: boolean;
  /** The organisation holds any referral Task for the patient. */
  readonly known: boolean;
}

export function standing(facts: RecordFacts, patientId: string, org: string): PatientStanding {
  const tasks = facts.tasksOwnedFor(org, patientId);
  if (tasks.length === 0) {
    return { referral: false, evidence: false, open: false, known: false };
  }
  return {
    referral: facts.consent(patientId, org, 'referral-details').allowed,
    evidence: facts.consent(patientId, org, 'medical-evidence').allowed,
    open: tasks.some((t) => OPEN_OR_CLOSING.has(t.status)),
    known: true,
  };
}

/** The adviser: their organisation's cases, and per patient what the active consents allow. */
export function adviserSees(facts: RecordFacts, who: Adviser, resource: Resource): Seen<Resource> {
  const org = who.organization;
  if (!hasPatientCompartment(resource.resourceType)) {
    return resource;
  }
  if (org === undefined) {
    return refused('Your user record names no organisation, so no patient data can be shown.');
  }
  const patient = onlyPatient(resource);
  const of = patient === undefined ? undefined : standing(facts, patient, org);
  const type: string = resource.resourceType;
  switch (type) {
    case 'Task':
      return isCaseTask(facts, resource as Task, org) ? resource : NOT_YOURS;
    case 'ServiceRequest':
      return isCaseReferral(facts, resource as ServiceRequest, org) ? resource : NOT_YOURS;
    case 'Patient': {
      if (!of?.known) {
        return NOT_YOURS;
      }
      if (of.referral) {
        return resource;
      }
      if (of.evidence || of.open) {
        return identityOnly(resource as Patient);
      }
      return refused('No active consent covers this patient any more, and your organisation has no open case.');
    }
    case 'QuestionnaireResponse': {
      if (!of?.known) {
        return NOT_YOURS;
      }
      if (!of.referral) {
        return refused('The patient’s consent does not cover the screening answers (referral details).');
      }
      return isLinkedScreening(facts, resource as QuestionnaireResponse, org) ? resource : NOT_YOURS;
    }
    case 'Consent': {
      const forOrg = ((resource as Consent).provision?.actor ?? []).some((a) => a.reference.reference === org);
      return of?.known && forOrg ? resource : NOT_YOURS;
    }
    case 'Condition':
    case 'DocumentReference':
      if (!of?.known) {
        return NOT_YOURS;
      }
      return of.evidence ? resource : refused('The patient’s consent does not cover medical evidence.');
    case 'Communication': {
      const message = resource as Communication;
      if (!of?.known || !messageIsAboutCase(facts, message, org)) {
        return NOT_YOURS;
      }
      if (isEvidenceMessage(message)) {
        return of.evidence ? resource : refused('The patient’s consent does not cover medical evidence.');
      }
      return of.referral || isClosingMessage(message)
        ? resource
        : refused('The patient’s consent does not cover messages about the referral.');
    }
    case 'Provenance':
      return (resource as Provenance).target.some((t) => isCaseReference(facts, t.reference, org))
        ? resource
        : NOT_YOURS;
    default:
      return refused(`An adviser’s access does not include ${type} records.`);
  }
}

function isLinkedScreening(facts: RecordFacts, response: QuestionnaireResponse, org: string): boolean {
  const wanted = `QuestionnaireResponse/${response.id ?? ''}`;
  return facts.tasksOwnedBy(org).some((task) => {
    const id = idIn(task.focus?.reference, 'ServiceRequest');
    const request = id ? (facts.view.current('ServiceRequest', id) as ServiceRequest | undefined) : undefined;
    return (request?.supportingInfo ?? []).some((r) => r.reference === wanted);
  });
}

/** A referral the clinician or their organisation made. */
export function isOwnReferral(facts: RecordFacts, who: Clinician, request: ServiceRequest): boolean {
  const requester = request.requester?.reference;
  if (requester === `PractitionerRole/${who.user}`) {
    return true;
  }
  return who.organization !== undefined && facts.organizationOf(requester) === who.organization;
}

function isOwnReferralReference(facts: RecordFacts, who: Clinician, reference: string | undefined): boolean {
  const taskId = idIn(reference, 'Task');
  if (taskId) {
    const task = facts.view.current('Task', taskId) as Task | undefined;
    return task !== undefined && isOwnTask(facts, who, task);
  }
  const srId = idIn(reference, 'ServiceRequest');
  const request = srId ? (facts.view.current('ServiceRequest', srId) as ServiceRequest | undefined) : undefined;
  return request !== undefined && isOwnReferral(facts, who, request);
}

function isOwnTask(facts: RecordFacts, who: Clinician, task: Task): boolean {
  if (task.owner?.reference === `PractitionerRole/${who.user}`) {
    return true;
  }
  return isOwnReferralReference(facts, who, task.focus?.reference);
}

function referredPatients(facts: RecordFacts, who: Clinician): Set<string> {
  const out = new Set<string>();
  for (const resource of facts.view.all('ServiceRequest')) {
    const request = resource as ServiceRequest;
    const patient = idIn(request.subject.reference, 'Patient');
    if (patient && isOwnReferral(facts, who, request)) {
      out.add(patient);
    }
  }
  return out;
}

/** A clinician without a patient in context: the referrals they or their organisation made, with what hangs on them. */
export function clinicianSees(facts: RecordFacts, who: Clinician, resource: Resource): Seen<Resource> {
  if (!hasPatientCompartment(resource.resourceType)) {
    return resource;
  }
  const notOurs = refused('This record is not part of a referral you or your organisation made.');
  const type: string = resource.resourceType;
  switch (type) {
    case 'ServiceRequest':
      return isOwnReferral(facts, who, resource as ServiceRequest) ? resource : notOurs;
    case 'Task':
      return isOwnTask(facts, who, resource as Task) ? resource : notOurs;
    case 'Communication': {
      const message = resource as Communication;
      return [...(message.basedOn ?? []), ...(message.about ?? [])].some((r) =>
        isOwnReferralReference(facts, who, r.reference),
      )
        ? resource
        : notOurs;
    }
    case 'Provenance':
      return (resource as Provenance).target.some((t) => isOwnReferralReference(facts, who, t.reference))
        ? resource
        : notOurs;
    case 'Patient':
      return resource.id !== undefined && referredPatients(facts, who).has(resource.id) ? resource : notOurs;
    default:
      return refused(`Without a patient open, a clinician reaches only their referrals, not ${type} records.`);
  }
}

/** The partnership lead: aggregate figures and the partnership's configuration, nothing about a person. */
export function leadSees(resource: Resource): Seen<Resource> {
  if (resource.resourceType === 'MeasureReport' && resource.subject === undefined) {
    return resource;
  }
  if (!hasPatientCompartment(resource.resourceType)) {
    return resource;
  }
  return refused('The partnership lead sees aggregate figures only, never records about a person.');
}
