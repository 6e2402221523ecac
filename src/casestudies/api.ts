import type { Bundle, Composition, Consent, Patient, Task } from 'fhir/r4';
import { CASE_STUDY_IDENTIFIER_SYSTEM } from '../../fhir-profiles/src/terminology';
import { REPORT_DOCUMENT_TYPE } from '../../fhir-profiles/src/code-systems-casework';
import { NHS_NUMBER_SYSTEM } from '../../fhir-profiles/src/canonical';
import { buildCaseStudyConsent, caseStudyAllowed, mentionsCaseStudy } from '../domain/consent/caseStudy';
import type { ConsentMethod } from '../../fhir-profiles/src/terminology';
import { createOnce, saveOnce } from '../fhir/createOnce';
import { isFhirError } from '../fhir/errors';
import type { FhirGateway } from '../fhir/gateway';
import type { ClientIdentity } from './identifying';

/** The case-study feature's FHIR calls (adviser: one case; lead: a period's case studies). */
function resources<T>(bundle: Bundle, type: string): T[] {
  return (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === type ? [e.resource as T] : []));
}

export interface CaseStudyState {
  readonly task: Task;
  readonly patientId: string | undefined;
  /** undefined when the record does not let the adviser read the patient any more (closed case, no consent in force). */
  readonly identity: ClientIdentity | undefined;
  /** The client's case-study decision: 'yes', 'no' (newest recorded says no), or undefined (never asked). */
  readonly decision: 'yes' | 'no' | undefined;
  readonly study: Composition | null;
}

function identityOf(patient: Patient): ClientIdentity {
  return {
    names: (patient.name ?? []).flatMap((n) => [...(n.given ?? []), ...(n.family ? [n.family] : [])]),
    nhsNumber: patient.identifier?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value,
    birthDate: patient.birthDate,
  };
}

async function readPatient(gateway: FhirGateway, id: string): Promise<Patient | undefined> {
  try {
    return await gateway.read<Patient>('Patient', id);
  } catch (err) {
    if (isFhirError(err) && (err.kind === 'forbidden' || err.kind === 'not-found')) {
      return undefined;
    }
    throw err;
  }
}

export async function loadCaseStudyState(gateway: FhirGateway, taskId: string, org: string): Promise<CaseStudyState> {
  const task = await gateway.read<Task>('Task', taskId);
  const patientId = /^Patient\/(.+)$/.exec(task.for?.reference ?? '')?.[1];
  if (task.status !== 'completed' || patientId === undefined) {
    return { task, patientId, identity: undefined, decision: undefined, study: null };
  }
  const [patient, consents, studies] = await Promise.all([
    readPatient(gateway, patientId),
    gateway.search('Consent', { patient: `Patient/${patientId}`, _count: '100' }),
    gateway.search('Composition', { identifier: `${CASE_STUDY_IDENTIFIER_SYSTEM}|${taskId}` }),
  ]);
  const all = resources<Consent>(consents, 'Consent');
  const asked = all.some(mentionsCaseStudy);
  const allowed = caseStudyAllowed(all, { patientId, adviceOrg: org, now: new Date() });
  let decision: CaseStudyState['decision'];
  if (allowed) {
    decision = 'yes';
  } else if (asked) {
    decision = 'no';
  }
  return {
    task,
    patientId,
    identity: patient ? identityOf(patient) : undefined,
    decision,
    study: resources<Composition>(studies, 'Composition')[0] ?? null,
  };
}

export function recordCaseStudyConsent(
  gateway: FhirGateway,
  input: {
    patientId: string;
    org: { reference: string; display: string };
    recordedBy: string;
    method: ConsentMethod;
    agrees: boolean;
  },
): Promise<Consent> {
  return createOnce(
    gateway,
    buildCaseStudyConsent({ ...input, adviceOrg: input.org, identifier: crypto.randomUUID(), decidedAt: new Date() }),
  );
}

/** First save: a conditional create on the case's identifier; later saves: If-Match on the stored version. */
export function saveCaseStudy(
  gateway: FhirGateway,
  next: Composition,
  stored: Composition | null,
): Promise<Composition> {
  return saveOnce(gateway, next, stored);
}

/** The lead's report: the case studies written in a period (by their date). */
export async function loadCaseStudies(
  gateway: FhirGateway,
  period: { start: string; end: string },
): Promise<Composition[]> {
  const bundle = await gateway.search('Composition', {
    type: `${REPORT_DOCUMENT_TYPE.system}|case-study`,
    date: [`ge${period.start}`, `le${period.end}`],
    _count: '50',
  });
  return resources<Composition>(bundle, 'Composition');
}
