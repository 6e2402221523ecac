import type {
  Appointment,
  Bundle,
  Communication,
  Condition,
  Consent,
  Patient,
  Questionnaire,
  QuestionnaireResponse,
  Resource,
  ServiceRequest,
  Task,
} from 'fhir/r4';
import { userFromRoleBundle } from '../domain/user';
import { changeAuthors } from '../domain/provenance';
import { consentDecision, referralScope, type ConsentDecision } from '../domain/consent/decision';
import { FhirError, kindForStatus } from '../fhir/errors';
import type { FhirGateway } from '../fhir/gateway';
import { patientOfTask } from '../domain/references';
import { JOB_ROLES } from '../config/jobRoles';
import { MEASURES, isMeasure } from '../domain/measures';
import { WELFARE_QUESTIONNAIRE } from '../../fhir-profiles/src/terminology';
import { isCaseNote } from './caseNote';
import { readReferrer, type Referrer } from './referrer';

/** Everything the adviser's case view shows; what consent does not cover is never fetched. */
export interface CaseRecord {
  task: Task;
  referral: ServiceRequest | undefined;
  patient: Patient | undefined;
  consents: Consent[];
  referralConsent: ConsentDecision;
  evidenceConsent: ConsentDecision;
  /** Present only when the referral-details consent is active. */
  screening: QuestionnaireResponse | undefined;
  /** Present only when the medical-evidence consent is active; otherwise not requested at all. */
  conditions: Condition[] | undefined;
  /** Messages with the referrer (internal case notes are kept apart, in `notes`). */
  messages: Communication[];
  /** Internal case notes (the server shows them to the advice organisation only), oldest first. */
  notes: Communication[];
  appointments: Appointment[];
  /** Before-and-after measure responses on the case. */
  measures: QuestionnaireResponse[];
  /** The checklist and measure Questionnaires by canonical url (question text). */
  questionnaires: Record<string, Questionnaire>;
  /** Who referred: name, role, organisation, contact. */
  referrer: Referrer | undefined;
  evidenceRequests: Task[];
  /** Versions of the referral Task, newest first. */
  history: Task[];
  /** Task versionId → the name of who made that change (from the Provenance the version links). */
  authors: Record<string, string>;
}

type Get = { request: { method: 'GET'; url: string } };

function batch(urls: readonly string[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'batch',
    entry: urls.map((url): Get => ({ request: { method: 'GET', url } })),
  };
}

function entriesOf<T extends Resource>(bundle: Resource | undefined, type: T['resourceType']): T[] {
  if (bundle?.resourceType !== 'Bundle') {
    return [];
  }
  return ((bundle as Bundle).entry ?? []).flatMap((e) => (e.resource?.resourceType === type ? [e.resource as T] : []));
}

/** The resource of batch entry i, or a FhirError with that entry's status. */
function at(response: Bundle, i: number): Resource | undefined {
  const entry = response.entry?.[i];
  const status = Number.parseInt(entry?.response?.status ?? '200', 10);
  if (status >= 400) {
    throw new FhirError(status === 403 || status === 404 ? kindForStatus(status) : 'server', status, undefined);
  }
  return entry?.resource;
}

/** Like `at`, for what the case can be shown without (appointments, notes, measures, names): a refusal reads as nothing. */
function optional(response: Bundle, i: number): Resource | undefined {
  const status = Number.parseInt(response.entry?.[i]?.response?.status ?? '200', 10);
  return status >= 400 ? undefined : response.entry?.[i]?.resource;
}

/** Names who made each version, from the Provenance records (with their agents) that target the Task. */
function authorNames(history: readonly Task[], provenances: Resource | undefined): Record<string, string> {
  if (provenances?.resourceType !== 'Bundle') {
    return {};
  }
  const bundle = provenances as Bundle;
  const authors = changeAuthors(
    { resourceType: 'Bundle', type: 'history', entry: history.map((resource) => ({ resource })) },
    bundle,
  );
  const names: Record<string, string> = {};
  for (const [version, who] of Object.entries(authors)) {
    const roleId = /^PractitionerRole\/(.+)$/.exec(who)?.[1];
    const user = roleId ? userFromRoleBundle(bundle, roleId, JOB_ROLES) : undefined;
    if (user) {
      names[version] = user.name;
    }
  }
  return names;
}

export const patientIdOf = patientOfTask;

/**
 * Loads a case in at most three requests (each a batch): (1) the Task with its referral, patient
 * and evidence requests, and its history; (2) the patient's consents and the messages; (3) only
 * what consent covers: the screening answers (referral details) and active conditions (medical evidence).
 */
export async function loadCase(
  gateway: FhirGateway,
  taskId: string,
  adviceOrg: string,
  now: Date,
): Promise<CaseRecord> {
  const id = encodeURIComponent(taskId);
  const first = await gateway.transaction(
    batch([`Task?_id=${id}&_include=Task:focus&_include=Task:patient&_revinclude=Task:part-of`, `Task/${id}/_history`]),
  );
  const found = entriesOf<Task>(at(first, 0), 'Task');
  const task = found.find((t) => t.id === taskId);
  if (!task) {
    throw new FhirError('not-found', 404, undefined);
  }
  const referral = entriesOf<ServiceRequest>(at(first, 0), 'ServiceRequest')[0];
  const patient = entriesOf<Patient>(at(first, 0), 'Patient')[0];
  const history = entriesOf<Task>(at(first, 1), 'Task');
  const evidenceRequests = found.filter((t) => t.id !== taskId);
  const patientId = patientIdOf(task);

  const referralRef = `ServiceRequest/${encodeURIComponent(referral?.id ?? '')}`;
  const requester = /^PractitionerRole\/([^/]+)$/.exec(referral?.requester?.reference ?? '')?.[1] ?? '';
  const questionnaireUrls = [WELFARE_QUESTIONNAIRE.url, ...MEASURES.map((m) => m.url)].join(',');
  const second = await gateway.transaction(
    batch([
      `Consent?patient=Patient/${encodeURIComponent(patientId)}&_count=50`,
      `Communication?based-on=${referralRef}&_sort=sent&_count=100`,
      `Provenance?target=Task/${id}&_include=Provenance:agent&_include:iterate=PractitionerRole:practitioner&_count=200`,
      `Appointment?based-on=${referralRef}&_count=100`,
      `QuestionnaireResponse?based-on=${referralRef}&_count=50`,
      `Questionnaire?url=${questionnaireUrls}&_count=10`,
      `PractitionerRole?_id=${encodeURIComponent(requester)}&_include=PractitionerRole:practitioner&_include=PractitionerRole:organization`,
    ]),
  );
  // A refusal recorded for another, never-sent referral (provision.data names it) is not this case's.
  const consents = entriesOf<Consent>(at(second, 0), 'Consent').filter((c) => referralScope(c) === undefined);
  const thread = entriesOf<Communication>(at(second, 1), 'Communication');
  const messages = thread.filter((m) => !isCaseNote(m));
  const notes = thread.filter(isCaseNote);
  const appointments = entriesOf<Appointment>(optional(second, 3), 'Appointment');
  const measures = entriesOf<QuestionnaireResponse>(optional(second, 4), 'QuestionnaireResponse').filter(isMeasure);
  const questionnaires = Object.fromEntries(
    entriesOf<Questionnaire>(optional(second, 5), 'Questionnaire').map((q) => [q.url ?? '', q]),
  );
  const roleBundle = optional(second, 6);
  const referrer =
    roleBundle?.resourceType === 'Bundle' && requester ? readReferrer(roleBundle as Bundle, requester) : undefined;
  const decide = (coverage: 'referral-details' | 'medical-evidence'): ConsentDecision =>
    consentDecision(consents, { patientId, adviceOrg, coverage, now });
  const referralConsent = decide('referral-details');
  const evidenceConsent = decide('medical-evidence');

  const screeningRef = referral?.supportingInfo?.find((r) =>
    r.reference?.startsWith('QuestionnaireResponse/'),
  )?.reference;
  const third: string[] = [];
  if (referralConsent.allowed && screeningRef) {
    third.push(screeningRef);
  }
  if (evidenceConsent.allowed) {
    third.push(`Condition?patient=Patient/${encodeURIComponent(patientId)}&clinical-status=active&_count=50`);
  }
  let screening: QuestionnaireResponse | undefined;
  let conditions: Condition[] | undefined;
  if (third.length > 0) {
    const response = await gateway.transaction(batch(third));
    let i = 0;
    if (referralConsent.allowed && screeningRef) {
      screening = at(response, i++) as QuestionnaireResponse | undefined;
    }
    if (evidenceConsent.allowed) {
      conditions = entriesOf<Condition>(at(response, i), 'Condition');
    }
  }
  const authors = authorNames(history, at(second, 2));
  return {
    task,
    referral,
    patient,
    consents,
    referralConsent,
    evidenceConsent,
    screening,
    conditions,
    messages,
    notes,
    appointments,
    measures,
    questionnaires,
    referrer,
    evidenceRequests,
    history,
    authors,
  };
}
