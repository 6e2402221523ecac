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

/** The caseload's filters; they become search parameters, never client-side filtering. */
export interface CaseloadFilters {
  /** 'open' = requested, accepted, in progress or on hold (the default). */
  status: ReferralTaskStatus | 'open' | 'all';
  stage?: BusinessStage | undefined;
  area?: WelfareLawArea | undefined;
  urgency?: 'urgent' | 'routine' | undefined;
}

export const OPEN_STATUSES = OPEN_TASK_STATUSES;

/** The statuses the caseload counts, in the order the counts are shown. */
export const COUNTED_STATUSES: readonly ReferralTaskStatus[] = REFERRAL_TASK_STATUSES.filter(
  (s) => s !== 'draft' && s !== 'entered-in-error',
);

export const PAGE_SIZE = 20;

/**
 * Custom search parameter the area filter needs: R4 ServiceRequest has no search parameter on
 * reasonCode, so the server must define `reason-code` (expression ServiceRequest.reasonCode).
 */
export const AREA_CHAIN = 'focus:ServiceRequest.reason-code';

function statusValue(status: CaseloadFilters['status']): string | undefined {
  if (status === 'all') {
    return undefined;
  }
  if (status === 'open') {
    return OPEN_STATUSES.join(',');
  }
  return status;
}

/** Parameters shared by the page search and the counts: the organisation's referral Tasks, filtered. */
function baseParams(ownerOrg: string, filters: Omit<CaseloadFilters, 'status'>): Record<string, string> {
  const params: Record<string, string> = {
    owner: ownerOrg,
    code: `${EXTERNAL.taskFulfill.system}|${EXTERNAL.taskFulfill.code}`,
  };
  if (filters.stage) {
    params['business-status'] = `${BUSINESS_STAGE.system}|${filters.stage}`;
  }
  if (filters.urgency) {
    params.priority = filters.urgency;
  }
  if (filters.area) {
    params[AREA_CHAIN] = `${WELFARE_LAW_AREA.system}|${filters.area}`;
  }
  return params;
}

/**
 * One page of the caseload in one request: urgent first, then oldest, with the referral and the
 * patient included, paged by the server (Bundle.link next/previous).
 */
export function caseloadParams(ownerOrg: string, filters: CaseloadFilters, pageSize = PAGE_SIZE): SearchParams {
  const status = statusValue(filters.status);
  return {
    ...baseParams(ownerOrg, filters),
    ...(status ? { status } : {}),
    _sort: '-priority,authored-on',
    _count: String(pageSize),
    _include: ['Task:focus', 'Task:patient'],
  };
}

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

/** One batch of `_summary=count` searches: the number of cases per status under the other filters. */
export function countsBatch(ownerOrg: string, filters: CaseloadFilters): Bundle {
  const params = baseParams(ownerOrg, filters);
  return {
    resourceType: 'Bundle',
    type: 'batch',
    entry: COUNTED_STATUSES.map((status) => ({
      request: { method: 'GET', url: `Task?${query({ ...params, status, _summary: 'count' })}` },
    })),
  };
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
