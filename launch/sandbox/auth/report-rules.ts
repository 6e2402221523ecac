import type { Composition, Consent, Resource, Task } from '@medplum/fhirtypes';
import type { Consent as R4Consent } from 'fhir/r4';
import {
  CASE_STUDY_IDENTIFIER_SYSTEM,
  PROFILE,
  REPORT_NARRATIVE_IDENTIFIER_SYSTEM,
} from '../../../fhir-profiles/src/terminology';
import { REPORT_DOCUMENT_TYPE } from '../../../fhir-profiles/src/code-systems-casework';
import { isCaseStudyOnly } from '../../../src/domain/consent/caseStudy';
import type { Principal } from './principal';
import { idIn, isReferralTask, type RecordFacts } from './record-facts';
import { standing, type Seen } from './record-rules';

/**
 * The partnership's written reports (issue 13): the lead's funder report narrative and the
 * advisers' case studies, both Compositions about no patient, and the client's case-study consent.
 * - Narrative (hjp-report-narrative): only the lead reads and writes it, in their own name.
 * - Case study (hjp-case-study): written by an adviser of the organisation holding the case, only
 *   once the case is closed (Task completed) and only while the client's recorded consent to a case
 *   study is in force; it names no patient. The adviser's organisation reads it whole; the lead
 *   reads its text only: the link to the case (event) is removed from the lead's copy, so nothing
 *   in it leads to a person.
 * - Case-study consent: an adviser may record a Consent only when it is about case studies alone
 *   (never referral details or medical evidence), active, for a patient their organisation holds a
 *   case for, naming their organisation as recipient and themselves as recorder.
 * Any other Composition is refused: HJP Link keeps no other kind.
 */
type Adviser = Extract<Principal, { kind: 'adviser' }>;

const typeCode = (c: Composition): string | undefined =>
  c.type.coding?.find((x) => x.system === REPORT_DOCUMENT_TYPE.system)?.code;

export function isReportNarrative(resource: Resource): resource is Composition {
  return (
    resource.resourceType === 'Composition' &&
    ((resource.meta?.profile ?? []).includes(PROFILE.reportNarrative) || typeCode(resource) === 'funder-report')
  );
}

export function isCaseStudy(resource: Resource): resource is Composition {
  return (
    resource.resourceType === 'Composition' &&
    ((resource.meta?.profile ?? []).includes(PROFILE.caseStudy) || typeCode(resource) === 'case-study')
  );
}

const refused = (why: string): { refused: string } => ({ refused: why });
const OTHER_COMPOSITION = 'HJP Link keeps only funder report narratives and case studies as Compositions.';
const NARRATIVE_LEAD_ONLY = 'The funder report narrative is the partnership lead’s.';

function caseTaskOf(facts: RecordFacts, study: Composition): Task | undefined {
  const id = (study.event ?? [])
    .flatMap((e) => e.detail ?? [])
    .map((d) => idIn(d.reference, 'Task'))
    .find((x) => x !== undefined);
  const task = id ? (facts.view.current('Task', id) as Task | undefined) : undefined;
  return task !== undefined && isReferralTask(task) ? task : undefined;
}

/** The lead's copy of a case study: its text, title and date, nothing that leads to the case. */
function withoutCaseLink(study: Composition): Composition {
  return Object.fromEntries(
    Object.entries(study).filter(([key]) => key !== 'event' && key !== 'identifier'),
  ) as unknown as Composition;
}

/** Who sees a Composition (user-level grants); undefined for any other resource. */
export function reportSees(facts: RecordFacts, who: Principal, resource: Resource): Seen<Resource> | undefined {
  if (resource.resourceType !== 'Composition') {
    return undefined;
  }
  if (resource.subject !== undefined) {
    return refused('A funder report narrative or case study names no patient; HJP Link keeps no other Composition.');
  }
  if (isReportNarrative(resource)) {
    return who.kind === 'lead' ? resource : refused(NARRATIVE_LEAD_ONLY);
  }
  if (!isCaseStudy(resource)) {
    return refused(OTHER_COMPOSITION);
  }
  if (who.kind === 'lead') {
    return withoutCaseLink(resource);
  }
  if (who.kind === 'adviser') {
    const task = caseTaskOf(facts, resource);
    return task !== undefined && task.owner?.reference === who.organization
      ? resource
      : refused('This case study is not about a case your organisation holds.');
  }
  return refused('Case studies are read by the advice service and the partnership lead.');
}

function narrativeProblem(who: Principal, narrative: Composition): string | undefined {
  if (who.kind !== 'lead') {
    return 'Only the partnership lead writes the funder report narrative.';
  }
  if (narrative.author.length !== 1 || narrative.author[0]?.reference !== `PractitionerRole/${who.user}`) {
    return 'The funder report narrative is written in your own name.';
  }
  const ids = (narrative.identifier ? [narrative.identifier] : []).filter(
    (i) => i.system === REPORT_NARRATIVE_IDENTIFIER_SYSTEM && i.value,
  );
  return ids.length === 1 ? undefined : 'A funder report narrative carries its period’s identifier.';
}

function caseStudyProblem(facts: RecordFacts, who: Principal, study: Composition): string | undefined {
  if (who.kind !== 'adviser') {
    return 'Only an adviser of the organisation that held the case writes its case study.';
  }
  if (study.author.length !== 1 || study.author[0]?.reference !== `PractitionerRole/${who.user}`) {
    return 'A case study is written in your own name.';
  }
  const task = caseTaskOf(facts, study);
  const org = who.organization;
  if (task === undefined || org === undefined || task.owner?.reference !== org) {
    return 'A case study is about a case your organisation holds (its referral Task).';
  }
  if (study.identifier?.system !== CASE_STUDY_IDENTIFIER_SYSTEM || study.identifier.value !== task.id) {
    return 'A case study carries its case’s identifier.';
  }
  if (task.status !== 'completed') {
    return 'A case study can be written only once the case is closed.';
  }
  const patient = idIn(task.for?.reference, 'Patient');
  if (patient === undefined || !facts.caseStudyAllowed(patient, org)) {
    return 'The client’s consent to a case study is not recorded.';
  }
  return undefined;
}

function adviserConsentProblem(facts: RecordFacts, who: Adviser, consent: Consent): string | undefined {
  const org = who.organization;
  const patient = idIn(consent.patient?.reference, 'Patient');
  if (!isCaseStudyOnly(consent as unknown as R4Consent) || consent.status !== 'active') {
    return 'An adviser records only the client’s consent to a case study (active, about case studies alone).';
  }
  if (org === undefined || patient === undefined || !standing(facts, patient, org).known) {
    return 'Your organisation holds no case for this patient.';
  }
  const actors = (consent.provision?.actor ?? []).map((a) => a.reference.reference);
  if (actors.length !== 1 || actors[0] !== org) {
    return 'A case-study consent names your own organisation as its recipient.';
  }
  const recordedBy = consent.extension?.find((e) => e.url.endsWith('/consent-recorded-by'))?.valueReference?.reference;
  return recordedBy === `PractitionerRole/${who.user}`
    ? undefined
    : 'A consent you record is recorded in your own name.';
}

/** Writes of Compositions (anyone) and of Consents by an adviser; undefined when the rule does not apply. */
export function reportWriteProblem(facts: RecordFacts, who: Principal, next: Resource): string | undefined {
  if (next.resourceType === 'Consent') {
    return who.kind === 'adviser' ? adviserConsentProblem(facts, who, next) : undefined;
  }
  if (next.resourceType !== 'Composition') {
    return undefined;
  }
  if (next.subject !== undefined) {
    return 'A funder report narrative or case study names no patient.';
  }
  if (isReportNarrative(next)) {
    return narrativeProblem(who, next);
  }
  return isCaseStudy(next) ? caseStudyProblem(facts, who, next) : OTHER_COMPOSITION;
}
