import type { Appointment, Bundle, Communication, ServiceRequest, Task } from 'fhir/r4';
import { changeAuthors, changeRecords } from '../domain/provenance';
import { buildCancelTransaction } from '../domain/referralCancel';
import { userFromRoleBundle } from '../domain/user';
import { createOnce } from '../fhir/createOnce';
import type { FhirGateway } from '../fhir/gateway';
import type { ReferralSummary } from './overview';
import { JOB_ROLES } from '../config/jobRoles';
import { buildReadMarks } from './readMarks';

export interface ReferralDetail {
  history: Bundle;
  messages: Communication[];
  tasks: Task[];
  /** The advice appointments booked on the referral (the advice organisation books them). */
  appointments: Appointment[];
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
      _revinclude: ['Task:focus', 'Communication:based-on', 'Appointment:based-on'],
    }),
  ]);
  const again = (related.entry ?? []).map((e) => e.resource);
  const messages = again
    .filter((r): r is Communication => r?.resourceType === 'Communication')
    .filter((m) => (m.basedOn ?? []).some((b) => b.reference === srRef));
  const tasks = again.filter((r): r is Task => r?.resourceType === 'Task');
  const appointments = again.filter((r): r is Appointment => r?.resourceType === 'Appointment');
  const authors = await loadAuthors(gateway, history);
  const refs = [
    ...messages.map((m) => m.sender?.reference),
    ...tasks.map((t) => t.requester?.reference),
    ...Object.values(authors),
  ];
  return { history, messages, tasks, appointments, authors, people: await loadPeople(gateway, refs) };
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

/** Marks the messages to `me` in a thread as read (Communication.received; readMarks.ts). True if any were marked. */
export async function markRead(gateway: FhirGateway, messages: readonly Communication[], me: string): Promise<boolean> {
  const batch = buildReadMarks(messages, me, new Date());
  if (!batch) {
    return false;
  }
  await gateway.transaction(batch);
  return true;
}
