import type { Bundle, Communication, Patient, ServiceRequest, Task } from 'fhir/r4';
import { changeAuthors, changeRecords } from '../domain/provenance';
import { buildCancelTransaction } from '../domain/referralCancel';
import { userFromRoleBundle } from '../domain/user';
import { createOnce } from '../fhir/createOnce';
import type { FhirGateway } from '../fhir/gateway';
import { overviewQuery, referralSummaries, type ReferralSummary } from './overview';
import { JOB_ROLES } from '../config/jobRoles';
import { buildReadMarks } from './readMarks';
import {
  byAttention,
  WORKLIST_PAGE_SIZE,
  worklistParams,
  worklistRows,
  type WorklistFilters,
  type WorklistRow,
} from './worklist';

/** The patient's referrals with their Tasks and messages, in ONE search (or the one started at launch). */
export async function loadReferrals(
  gateway: FhirGateway,
  patientId: string,
  started?: Promise<Bundle>,
): Promise<ReferralSummary[]> {
  return referralSummaries(await (started ?? gateway.search('ServiceRequest', overviewQuery(patientId))));
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
    const user = userFromRoleBundle(bundle, id, JOB_ROLES);
    if (user) {
      people[user.reference] =
        `${user.name}, ${user.roleLabel}${user.organisation ? ` (${user.organisation.name})` : ''}`;
    }
  }
  return people;
}

/** The referrer's message about the referral (conditional create: a retry keeps one). */
export function sendMessage(gateway: FhirGateway, message: Communication): Promise<Communication> {
  return createOnce(gateway, message);
}

/** Withdraws a referral sent in error: one transaction, each update under If-Match. */
export async function cancelReferral(
  gateway: FhirGateway,
  task: Task,
  serviceRequest: ServiceRequest,
  reason: string,
): Promise<void> {
  await gateway.transaction(buildCancelTransaction(task, serviceRequest, reason, new Date()));
}

/** One referral read on its own (no patient in context): its Tasks, messages and patient, in one search. */
export interface ReferralAlone {
  summary: ReferralSummary;
  patient: Patient | undefined;
}

/** One referral by its ServiceRequest id; undefined when it is not there or not this user's to read. */
export async function loadReferral(gateway: FhirGateway, serviceRequestId: string): Promise<ReferralAlone | undefined> {
  const bundle = await gateway.search('ServiceRequest', {
    _id: serviceRequestId,
    _include: 'ServiceRequest:subject',
    _revinclude: ['Task:focus', 'Communication:based-on'],
  });
  const summary = referralSummaries(bundle).find((s) => s.serviceRequest.id === serviceRequestId);
  if (!summary) {
    return undefined;
  }
  const subject = summary.serviceRequest.subject.reference;
  const patient = (bundle.entry ?? [])
    .map((e) => e.resource)
    .find((r): r is Patient => r?.resourceType === 'Patient' && `Patient/${r.id ?? ''}` === subject);
  return { summary, patient };
}

/** A page of the practice worklist and the server's `next` link for the one after (undefined on the last). */
export interface WorklistPage {
  rows: WorklistRow[];
  next: string | undefined;
}

/** At most this many searches for one page when an attention filter leaves few rows on each server page. */
const MAX_SEARCHES_PER_PAGE = 5;

/**
 * The worklist page starting at `cursor` (a server `next` link; undefined = the first page). The
 * status and who filters are search parameters; the attention filter is read from the rows, so a
 * page follows `next` links until it has a page of rows or the list ends (paging needs only `next`).
 */
export async function loadWorklistPage(
  gateway: FhirGateway,
  me: string,
  filters: WorklistFilters,
  cursor: string | undefined,
  pageSize = WORKLIST_PAGE_SIZE,
): Promise<WorklistPage> {
  const params = worklistParams(filters, me, pageSize);
  if (!params) {
    return { rows: [], next: undefined };
  }
  const rows: WorklistRow[] = [];
  let next: string | undefined = cursor;
  for (let searches = 0; searches < MAX_SEARCHES_PER_PAGE; searches += 1) {
    const bundle = await (next === undefined ? gateway.search('Task', params) : gateway.page(next));
    rows.push(...worklistRows(bundle, me, filters));
    next = bundle.link?.find((l) => l.relation === 'next')?.url;
    if (next === undefined || rows.length >= pageSize || !filters.attention) {
      break;
    }
  }
  return { rows: rows.sort(byAttention), next };
}

/** Marks the messages to `me` in a thread as read (Communication.received; readMarks.ts). True if any were marked. */
export async function markRead(gateway: FhirGateway, messages: readonly Communication[], me: string): Promise<boolean> {
  const batch = buildReadMarks(messages, me, new Date());
  if (!batch) {
    return false;
  }
  await gateway.transaction(batch);
  return true;
}
