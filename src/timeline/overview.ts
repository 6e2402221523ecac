import type { Bundle, Communication, ServiceRequest, Task } from 'fhir/r4';
import type { FhirGateway } from '../fhir/gateway';
import { compareTimes, latestTime } from '../domain/dates';
import { isEvidenceRequest, isOpenEvidenceRequest, isOpenTaskStatus } from '../domain/taskStates';

/** One referral of the patient as the clinician sees it at launch. */
export interface ReferralSummary {
  serviceRequest: ServiceRequest;
  task: Task | undefined;
  evidenceRequests: Task[];
  messages: Communication[];
  lastUpdate: string | undefined;
  open: boolean;
}

/** The search that loads it all in ONE request. */
export function overviewQuery(patientId: string): Record<string, string | string[]> {
  return {
    subject: `Patient/${patientId}`,
    _revinclude: ['Task:focus', 'Communication:based-on'],
    _sort: '-authored',
    _count: '50',
  };
}

export { isEvidenceRequest, isOpenEvidenceRequest };

/**
 * Messages to `me` that `me` has not opened yet. Read state lives in the record, not the browser:
 * a message counts as seen once its recipient opened it and the app set Communication.received
 * (readMarks.ts), so the count is right on any device, after a reply and after a relaunch.
 */
export function unreadMessages(messages: readonly Communication[], me: string): Communication[] {
  return messages.filter(
    (m) =>
      m.received === undefined && m.sender?.reference !== me && (m.recipient ?? []).some((r) => r.reference === me),
  );
}

/** Groups the search result by referral, newest first. Entries of other shapes are ignored. */
export function referralSummaries(bundle: Bundle): ReferralSummary[] {
  const resources = (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const requests = resources.filter(
    (r): r is ServiceRequest => r.resourceType === 'ServiceRequest' && typeof r.id === 'string',
  );
  const tasks = resources.filter((r): r is Task => r.resourceType === 'Task');
  const messages = resources.filter((r): r is Communication => r.resourceType === 'Communication');
  return (
    requests
      .map((sr) => {
        const ref = `ServiceRequest/${sr.id ?? ''}`;
        const focused = tasks.filter((t) => t.focus?.reference === ref);
        const task = focused.find((t) => !isEvidenceRequest(t));
        const evidenceRequests = focused.filter(isEvidenceRequest);
        const thread = messages.filter((m) => (m.basedOn ?? []).some((b) => b.reference === ref));
        return {
          serviceRequest: sr,
          task,
          evidenceRequests,
          messages: thread,
          lastUpdate: latestTime([
            sr.meta?.lastUpdated,
            task?.meta?.lastUpdated,
            ...focused.map((t) => t.meta?.lastUpdated),
            ...thread.map((m) => m.sent),
          ]),
          open: sr.status === 'active' && (task === undefined || isOpenTaskStatus(task.status)),
        };
      })
      // Newest first, by the moment each names (not by locale: that would also start the locale
      // data the first screen otherwise never needs).
      .sort((a, b) => compareTimes(b.serviceRequest.authoredOn, a.serviceRequest.authoredOn))
  );
}

/** The patient's referrals with their Tasks and messages, in ONE search (or the one started at launch). */
export async function loadReferrals(
  gateway: FhirGateway,
  patientId: string,
  started?: Promise<Bundle>,
): Promise<ReferralSummary[]> {
  return referralSummaries(await (started ?? gateway.search('ServiceRequest', overviewQuery(patientId))));
}
