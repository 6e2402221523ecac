import type { Bundle, Communication, Consent, Questionnaire, QuestionnaireResponse, Task } from 'fhir/r4';
import type { PartnershipConfig } from '../config/partnership';
import { FhirError } from '../fhir/errors';
import type { FhirGateway } from '../fhir/gateway';
import { messageIfNoneExist } from '../messages/build';
import { SCREENING_IDENTIFIER_SYSTEM } from '../screening/response';
import { questionnaireFromSearch } from '../screening/questionnaire';
import { changeAuthors, changeRecords } from '../timeline/events';
import { overviewQuery, referralSummaries, type ReferralSummary } from '../timeline/overview';
import { userFromRoleBundle } from '../app/user';
import { identifierSearch, identifierSearchOf } from '../domain/references';

export interface ClinicianData {
  referrals: ReferralSummary[];
  consents: Consent[];
  questionnaire: Questionnaire;
}

/** What the first screen needs, in three requests made together. */
export async function loadClinicianData(
  gateway: FhirGateway,
  patientId: string,
  config: PartnershipConfig,
): Promise<ClinicianData> {
  const [referrals, consents, questionnaires] = await Promise.all([
    gateway.search('ServiceRequest', overviewQuery(patientId)),
    gateway.search('Consent', { patient: `Patient/${patientId}`, _count: '100' }),
    gateway.search('Questionnaire', { url: config.questionnaire.url, version: config.questionnaire.version }),
  ]);
  const questionnaire = questionnaireFromSearch(questionnaires, config.questionnaire.url, config.questionnaire.version);
  if (questionnaire === 'missing') {
    throw new FhirError('not-found', undefined, undefined, 'welfare checklist');
  }
  if (questionnaire === 'malformed') {
    throw new FhirError('malformed', undefined, undefined, 'welfare checklist');
  }
  return {
    referrals: referralSummaries(referrals),
    consents: (consents.entry ?? []).flatMap((e) =>
      e.resource?.resourceType === 'Consent' ? [e.resource as Consent] : [],
    ),
    questionnaire,
  };
}

/** Saves the finished checklist (conditional create: saving twice keeps one). */
export function saveScreening(gateway: FhirGateway, response: QuestionnaireResponse): Promise<QuestionnaireResponse> {
  const ifNoneExist = identifierSearch(SCREENING_IDENTIFIER_SYSTEM, response.identifier?.value);
  return gateway.create(response, { ifNoneExist });
}

export function saveConsent(gateway: FhirGateway, consent: Consent): Promise<Consent> {
  return gateway.create(consent, { ifNoneExist: identifierSearchOf(consent.identifier?.[0]) });
}

export interface ReferralDetail {
  history: Bundle;
  messages: Communication[];
  tasks: Task[];
  /** Display names of the people in it ("PractitionerRole/x" → "Name, role (organisation)"). */
  people: Record<string, string>;
  /** Task versionId → who made that change (the agent of the Provenance the version links). */
  authors: Record<string, string>;
}

/** A referral's history and thread (two requests made together), then who the people in it are (one more). */
export async function loadReferralDetail(gateway: FhirGateway, summary: ReferralSummary): Promise<ReferralDetail> {
  const srRef = `ServiceRequest/${summary.serviceRequest.id ?? ''}`;
  const [history, related] = await Promise.all([
    summary.task?.id
      ? gateway.search(`Task/${summary.task.id}/_history`, {})
      : Promise.resolve<Bundle>({ resourceType: 'Bundle', type: 'history' }),
    gateway.search('ServiceRequest', {
      _id: summary.serviceRequest.id ?? '',
      _revinclude: ['Task:focus', 'Communication:based-on'],
    }),
  ]);
  const again = (related.entry ?? []).map((e) => e.resource);
  const messages = again
    .filter((r): r is Communication => r?.resourceType === 'Communication')
    .filter((m) => (m.basedOn ?? []).some((b) => b.reference === srRef));
  const tasks = again.filter((r): r is Task => r?.resourceType === 'Task');
  const authors = await loadAuthors(gateway, history);
  const refs = [
    ...messages.map((m) => m.sender?.reference),
    ...tasks.map((t) => t.requester?.reference),
    ...Object.values(authors),
  ];
  return { history, messages, tasks, authors, people: await loadPeople(gateway, refs) };
}

/** Who made each recorded change: the Provenance records the Task's versions link, read in one search. */
async function loadAuthors(gateway: FhirGateway, history: Bundle): Promise<Record<string, string>> {
  const ids = [
    ...new Set(
      Object.values(changeRecords(history)).flatMap((r) =>
        r.startsWith('Provenance/') ? [r.slice('Provenance/'.length)] : [],
      ),
    ),
  ];
  if (ids.length === 0) {
    return {};
  }
  return changeAuthors(history, await gateway.search('Provenance', { _id: ids.join(',') }));
}

/** Names for PractitionerRole references, in one search; anyone not found is simply left out. */
async function loadPeople(
  gateway: FhirGateway,
  refs: readonly (string | undefined)[],
): Promise<Record<string, string>> {
  const ids = [
    ...new Set(refs.flatMap((r) => (r?.startsWith('PractitionerRole/') ? [r.slice('PractitionerRole/'.length)] : []))),
  ];
  if (ids.length === 0) {
    return {};
  }
  const bundle = await gateway.search('PractitionerRole', {
    _id: ids.join(','),
    _include: ['PractitionerRole:practitioner', 'PractitionerRole:organization'],
  });
  const people: Record<string, string> = {};
  for (const id of ids) {
    const user = userFromRoleBundle(bundle, id);
    if (user) {
      people[user.reference] =
        `${user.name}, ${user.roleLabel}${user.organisation ? ` (${user.organisation.name})` : ''}`;
    }
  }
  return people;
}

export function sendMessage(gateway: FhirGateway, message: Communication): Promise<Communication> {
  return gateway.create(message, { ifNoneExist: messageIfNoneExist(message) });
}
