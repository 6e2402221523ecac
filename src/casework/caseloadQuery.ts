import type { Bundle } from 'fhir/r4';
import {
  BUSINESS_STAGE,
  EXTERNAL,
  REFERRAL_TASK_STATUSES,
  WELFARE_LAW_AREA,
  type BusinessStage,
  type ReferralTaskStatus,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';
import { OPEN_TASK_STATUSES } from '../domain/taskStates';
import type { SearchParams } from '../fhir/gateway';
import { caseSearchParams, readCaseSearch } from './caseSearch';

/** The caseload's filters; they become search parameters, never client-side filtering. */
export interface CaseloadFilters {
  /** 'open' = requested, accepted, in progress or on hold (the default). */
  status: ReferralTaskStatus | 'open' | 'all';
  stage?: BusinessStage | undefined;
  area?: WelfareLawArea | undefined;
  urgency?: 'urgent' | 'routine' | undefined;
  /** Whose cases: the signed-in adviser's ('mine', needs `me`) or nobody's yet ('unassigned'). */
  owner?: 'mine' | 'unassigned' | undefined;
  /** The signed-in adviser's PractitionerRole reference (for 'mine'); set by the screen, not the URL. */
  me?: string | undefined;
  /**
   * "Search cases": a name, NHS number or referral reference (src/casework/caseSearch.ts).
   * Patient data: kept in history.state by the screen, never put in the URL (paths.ts leaves it out).
   */
  text?: string | undefined;
  /** "Needs attention" filter (a code, in the URL): urgent referrals waiting longer than the target. */
  attention?: 'urgent-waiting' | undefined;
  /** For `attention`: urgent referrals authored before this instant are over target (set by the screen from config). */
  urgentBefore?: string | undefined;
}

/**
 * What each page brings along for the flags (src/casework/caseFlags.ts), in the same response so
 * flags cost no request: the Tasks' evidence requests (`Task:part-of`) and the messages on their
 * referrals (`_revinclude:iterate` from the included ServiceRequests: R4 Communication has no
 * search parameter on `about`). Standard R4 search.
 */
export const FLAG_INCLUDES = {
  _revinclude: 'Task:part-of',
  '_revinclude:iterate': 'Communication:based-on',
} as const;

/** The search parameter of the case-owner extension (fhir-profiles search-parameters.fsh). */
export const CASE_OWNER_PARAM = 'case-owner';

export const OPEN_STATUSES = OPEN_TASK_STATUSES;

/** The statuses the caseload counts, in the order the counts are shown. */
export const COUNTED_STATUSES: readonly ReferralTaskStatus[] = REFERRAL_TASK_STATUSES.filter(
  (s) => s !== 'draft' && s !== 'entered-in-error',
);

export const PAGE_SIZE = 20;

/**
 * FHIR request-priority codes above routine (urgent < asap < stat). Urgent-first ordering is two
 * searches, not a sort on the code's spelling: these first, then everything else.
 */
export const URGENT_PRIORITIES = ['urgent', 'asap', 'stat'] as const;

export function isUrgentPriority(code: string | undefined): boolean {
  return URGENT_PRIORITIES.some((p) => p === code);
}

/** The urgency parts of the caseload, in the order they are shown: urgent cases, then the rest. */
export type UrgencySegment = 'urgent' | 'routine';

/** The segments a filter shows: both (urgent first), or only the one the urgency filter picks. */
export function urgencySegments(filters: Pick<CaseloadFilters, 'urgency' | 'attention'>): readonly UrgencySegment[] {
  if (filters.attention === 'urgent-waiting') {
    return filters.urgency === 'routine' ? [] : ['urgent'];
  }
  return filters.urgency ? [filters.urgency] : ['urgent', 'routine'];
}

/**
 * The search parameters of one segment. "Routine" is "not urgent" (`:not` on each urgent code),
 * so a Task with no priority, or routine, is never left out.
 */
function urgencyParams(segment: UrgencySegment): Record<string, string | readonly string[]> {
  return segment === 'urgent' ? { priority: URGENT_PRIORITIES.join(',') } : { 'priority:not': URGENT_PRIORITIES };
}

/**
 * Custom search parameter the area filter needs: R4 ServiceRequest has no search parameter on
 * reasonCode, so the server must define `reason-code` (expression ServiceRequest.reasonCode).
 */
export const AREA_CHAIN = 'focus:ServiceRequest.reason-code';

function statusValue(status: CaseloadFilters['status'], attention?: CaseloadFilters['attention']): string | undefined {
  // Waiting = nobody has accepted or rejected it yet; with another status chosen, both apply (and match nothing).
  if (attention === 'urgent-waiting' && (status === 'open' || status === 'all')) {
    return 'requested';
  }
  if (status === 'all') {
    return undefined;
  }
  if (status === 'open') {
    return OPEN_STATUSES.join(',');
  }
  return status;
}

/** Parameters shared by the page search and the counts: the organisation's referral Tasks, filtered. */
function baseParams(
  ownerOrg: string,
  filters: Omit<CaseloadFilters, 'status' | 'urgency'>,
): Record<string, string | readonly string[]> {
  const params: Record<string, string> = {
    owner: ownerOrg,
    code: `${EXTERNAL.taskFulfill.system}|${EXTERNAL.taskFulfill.code}`,
  };
  if (filters.stage) {
    params['business-status'] = `${BUSINESS_STAGE.system}|${filters.stage}`;
  }
  if (filters.area) {
    params[AREA_CHAIN] = `${WELFARE_LAW_AREA.system}|${filters.area}`;
  }
  if (filters.owner === 'mine' && filters.me) {
    params[CASE_OWNER_PARAM] = filters.me;
  }
  if (filters.owner === 'unassigned') {
    params[`${CASE_OWNER_PARAM}:missing`] = 'true';
  }
  if (filters.attention === 'urgent-waiting' && filters.urgentBefore) {
    params['authored-on'] = `lt${filters.urgentBefore}`;
  }
  return { ...params, ...caseSearchParams(readCaseSearch(filters.text)) };
}

/**
 * The first page of one urgency segment in one request: oldest first, with the referral and the
 * patient included; later pages follow the server's `next` link (see caseloadPaging.ts).
 */
export function caseloadParams(
  ownerOrg: string,
  filters: CaseloadFilters,
  segment: UrgencySegment = urgencySegments(filters)[0] ?? 'urgent',
  pageSize = PAGE_SIZE,
): SearchParams {
  const status = statusValue(filters.status, filters.attention);
  return {
    ...baseParams(ownerOrg, filters),
    ...urgencyParams(segment),
    ...(status ? { status } : {}),
    _sort: 'authored-on',
    _count: String(pageSize),
    _include: ['Task:focus', 'Task:patient'],
    ...FLAG_INCLUDES,
  };
}

/** Named caseload rows read again (rows carried between pages), under the same filters. */
export function caseRowsParams(ownerOrg: string, filters: CaseloadFilters, taskIds: readonly string[]): SearchParams {
  const status = statusValue(filters.status, filters.attention);
  return {
    ...baseParams(ownerOrg, filters),
    ...urgencyCountParams(filters),
    ...(status ? { status } : {}),
    _id: taskIds.join(','),
    _count: String(taskIds.length),
    _include: ['Task:focus', 'Task:patient'],
    ...FLAG_INCLUDES,
  };
}

function query(params: Record<string, string | readonly string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of typeof value === 'string' ? [value] : value) {
      search.append(key, v);
    }
  }
  return search.toString();
}

/** The urgency filter as count parameters: none without one, else the same segment the page uses. */
function urgencyCountParams(filters: CaseloadFilters): Record<string, string | readonly string[]> {
  const segments = urgencySegments(filters);
  const only = segments.length === 1 ? segments[0] : undefined;
  if (segments.length === 0) {
    // Routine and "urgent waiting" at once: nothing can match; say so to the server too.
    return { priority: URGENT_PRIORITIES.join(','), 'priority:not': URGENT_PRIORITIES };
  }
  return only ? urgencyParams(only) : {};
}

/** One batch of `_summary=count` searches: the number of cases per status under the other filters. */
export function countsBatch(ownerOrg: string, filters: CaseloadFilters): Bundle {
  const params = { ...baseParams(ownerOrg, filters), ...urgencyCountParams(filters) };
  return {
    resourceType: 'Bundle',
    type: 'batch',
    entry: COUNTED_STATUSES.map((status) => ({
      request: { method: 'GET', url: `Task?${query({ ...params, status, _summary: 'count' })}` },
    })),
  };
}

function statusesOf(
  status: CaseloadFilters['status'],
  attention?: CaseloadFilters['attention'],
): readonly ReferralTaskStatus[] {
  if (attention === 'urgent-waiting' && (status === 'open' || status === 'all')) {
    return ['requested'];
  }
  if (status === 'open') {
    return OPEN_STATUSES;
  }
  return status === 'all' ? COUNTED_STATUSES : [status];
}

/**
 * How many cases the current filters match, from the counts (a plain server gives a search's total
 * only when asked, and the caseload is two searches anyway); undefined until every status needed is counted.
 */
export function casesFound(
  counts: Partial<Record<ReferralTaskStatus, number>> | undefined,
  status: CaseloadFilters['status'],
  attention?: CaseloadFilters['attention'],
): number | undefined {
  if (!counts) {
    return undefined;
  }
  let sum = 0;
  for (const s of statusesOf(status, attention)) {
    const n = counts[s];
    if (n === undefined) {
      return undefined;
    }
    sum += n;
  }
  return sum;
}

/** Reads the batch response: status -> count (undefined where the server did not answer). */
export function readCounts(response: Bundle): Partial<Record<ReferralTaskStatus, number>> {
  const counts: Partial<Record<ReferralTaskStatus, number>> = {};
  COUNTED_STATUSES.forEach((status, i) => {
    const entry = response.entry?.[i];
    const resource = entry?.resource as Bundle | undefined;
    const total = resource?.resourceType === 'Bundle' ? resource.total : undefined;
    if (typeof total === 'number') {
      counts[status] = total;
    }
  });
  return counts;
}
