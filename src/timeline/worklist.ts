import type { Bundle, Communication, Patient, ServiceRequest, Task } from 'fhir/r4';
import { NHS_NUMBER_SYSTEM } from '../../fhir-profiles/src/canonical';
import { EXTERNAL, type ReferralTaskStatus } from '../../fhir-profiles/src/terminology';
import { compareTimes } from '../domain/dates';
import { formatNhsNumber, formatPatientName } from '../domain/patient';
import { isEvidenceRequest, isOpenEvidenceRequest, OPEN_TASK_STATUSES } from '../domain/taskStates';
import type { SearchParams } from '../fhir/gateway';
import { unreadMessages } from './overview';
import { ATTENTION_KINDS, type AttentionKind, type WorklistFilters } from './worklistFilterCodes';

/**
 * The practice worklist: the referrals the user and their practice made (the record limits a
 * user-level token to exactly those), what needs the user's attention first. Pure: the search it
 * sends, the rows it reads back, the filters in the address (codes only, never patient data).
 */
export const ATTENTION_LABELS: Readonly<Record<AttentionKind, string>> = {
  evidence: 'Medical evidence requested',
  messages: 'New messages',
  rejected: 'Not accepted',
  outcome: 'Closed with an outcome',
};

const CLOSED_STATUSES: readonly ReferralTaskStatus[] = ['completed', 'cancelled', 'failed', 'rejected'];

export const WORKLIST_PAGE_SIZE = 20;

function statusesOf(status: WorklistFilters['status']): readonly string[] | undefined {
  if (status === 'all') {
    return undefined;
  }
  if (status === 'open') {
    return OPEN_TASK_STATUSES;
  }
  return status === 'closed' ? CLOSED_STATUSES : [status];
}

/** The Task statuses to search for: the status filter narrowed by a status-shaped attention filter. */
function searchedStatuses(filters: WorklistFilters): readonly string[] | undefined {
  const byStatus = statusesOf(filters.status);
  const byAttention: Partial<Record<AttentionKind, readonly string[]>> = {
    rejected: ['rejected'],
    outcome: ['completed'],
    evidence: OPEN_TASK_STATUSES,
  };
  const wanted = filters.attention ? byAttention[filters.attention] : undefined;
  if (!byStatus) {
    return wanted;
  }
  return wanted ? byStatus.filter((s) => wanted.includes(s)) : byStatus;
}

/**
 * One search for a page: the referral Tasks (newest first) with their referral, patient, messages
 * and evidence requests. Undefined when the filters contradict each other (nothing can match).
 */
export function worklistParams(
  filters: WorklistFilters,
  me: string,
  pageSize = WORKLIST_PAGE_SIZE,
): SearchParams | undefined {
  const statuses = searchedStatuses(filters);
  if (statuses?.length === 0) {
    return undefined;
  }
  return {
    code: `${EXTERNAL.taskFulfill.system}|${EXTERNAL.taskFulfill.code}`,
    ...(statuses ? { status: statuses.join(',') } : {}),
    ...(filters.who === 'mine' ? { requester: me } : {}),
    _include: ['Task:focus', 'Task:patient'],
    // Evidence requests are part of the referral Task; messages are based on the referral (R4
    // Communication has no `about` search parameter), so they come one step further (:iterate).
    _revinclude: 'Task:part-of',
    '_revinclude:iterate': 'Communication:based-on',
    _sort: '-authored-on',
    _count: String(pageSize),
  };
}

export interface WorklistRow {
  serviceRequestId: string;
  taskId: string;
  patientName: string;
  nhsNumber: string | undefined;
  sentOn: string | undefined;
  status: Task['status'];
  task: Task;
  urgent: boolean;
  mine: boolean;
  /** Open evidence requests asked of this user, soonest due first. */
  evidenceDue: (string | undefined)[];
  /** Messages to this user that they have not opened yet. */
  unread: number;
  attention: AttentionKind[];
}

function attentionOf(status: Task['status'], evidence: number, unread: number): AttentionKind[] {
  const kinds: AttentionKind[] = [];
  if (evidence > 0) {
    kinds.push('evidence');
  }
  if (unread > 0) {
    kinds.push('messages');
  }
  if (status === 'rejected') {
    kinds.push('rejected');
  }
  if (status === 'completed') {
    kinds.push('outcome');
  }
  return kinds;
}

function rank(row: WorklistRow): number {
  const first = row.attention[0];
  return first === undefined ? ATTENTION_KINDS.length : ATTENTION_KINDS.indexOf(first);
}

/** What needs attention first: evidence requests (soonest due), new messages, rejections, outcomes; then newest. */
export function byAttention(a: WorklistRow, b: WorklistRow): number {
  return (
    rank(a) - rank(b) || compareTimes(a.evidenceDue[0], b.evidenceDue[0], 'last') || compareTimes(b.sentOn, a.sentOn)
  );
}

/** The rows of one search page, for user `me`, in attention order, filtered by the attention kind. */
export function worklistRows(bundle: Bundle, me: string, filters: WorklistFilters): WorklistRow[] {
  const resources = (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const byRef = new Map(resources.map((r) => [`${r.resourceType}/${r.id ?? ''}`, r]));
  const tasks = resources.filter((r): r is Task => r.resourceType === 'Task');
  const messages = resources.filter((r): r is Communication => r.resourceType === 'Communication');
  const rows = tasks
    .filter((t) => !isEvidenceRequest(t) && (t.status as string) !== 'draft')
    .flatMap((task): WorklistRow[] => {
      const request = byRef.get(task.focus?.reference ?? '') as ServiceRequest | undefined;
      if (!request?.id || !task.id) {
        return [];
      }
      const patient = byRef.get(task.for?.reference ?? request.subject.reference ?? '') as Patient | undefined;
      const taskRef = `Task/${task.id}`;
      const evidence = tasks
        .filter((t) => isEvidenceRequest(t) && isOpenEvidenceRequest(t) && t.owner?.reference === me)
        .filter((t) => (t.partOf ?? []).some((p) => p.reference === taskRef))
        .map((t) => t.restriction?.period?.end)
        .sort((x, y) => compareTimes(x, y, 'last'));
      const requestRef = `ServiceRequest/${request.id}`;
      const thread = messages.filter((m) => (m.basedOn ?? []).some((b) => b.reference === requestRef));
      const unread = unreadMessages(thread, me).length;
      const nhs = patient?.identifier?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value;
      return [
        {
          serviceRequestId: request.id,
          taskId: task.id,
          patientName: patient ? formatPatientName(patient.name) : 'Patient not shown',
          nhsNumber: nhs ? formatNhsNumber(nhs) : undefined,
          sentOn: request.authoredOn ?? task.authoredOn,
          status: task.status,
          task,
          urgent: request.priority === 'urgent' || task.priority === 'urgent',
          mine: request.requester?.reference === me,
          evidenceDue: evidence,
          unread,
          attention: attentionOf(task.status, evidence.length, unread),
        },
      ];
    });
  const wanted = filters.attention;
  return (wanted ? rows.filter((r) => r.attention.includes(wanted)) : rows).sort(byAttention);
}
