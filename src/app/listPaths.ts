import {
  BUSINESS_STAGE,
  REFERRAL_TASK_STATUSES,
  WELFARE_LAW_AREA,
  type BusinessStage,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';
import type { CaseloadFilters } from '../casework/caseloadQuery';
import { worklistSearch, type WorklistFilters } from '../timeline/worklistFilterCodes';

/**
 * The URLs of the two lists, the adviser's caseload and the practice worklist, with their
 * filters and page in the query string (apart from paths.ts, so the clinician's first screen does
 * not load them).
 */
export const listPaths = {
  caseload: (filters: CaseloadFilters, page: number) => {
    const search = caseloadSearch(filters, page);
    return search ? `/?${search}` : '/';
  },
  /** The practice worklist (clinician with no patient open): filter codes and page only. */
  worklist: (filters: WorklistFilters, page: number) => {
    const search = worklistSearch(filters, page);
    return search ? `/?${search}` : '/';
  },
};

/** The caseload's filters and page as a query string (defaults left out). */
export function caseloadSearch(filters: CaseloadFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.status !== 'open') {
    params.set('status', filters.status);
  }
  if (filters.stage) {
    params.set('stage', filters.stage);
  }
  if (filters.area) {
    params.set('area', filters.area);
  }
  if (filters.urgency) {
    params.set('urgency', filters.urgency);
  }
  if (filters.owner) {
    params.set('owner', filters.owner);
  }
  if (filters.attention) {
    params.set('attention', filters.attention);
  }
  // filters.text (the search), filters.me and filters.urgentBefore are deliberately never written: patient data / not a filter.
  if (page > 1) {
    params.set('page', String(page));
  }
  return params.toString();
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return (allowed as readonly (string | null)[]).includes(value) ? (value as T) : undefined;
}

/** Reads the caseload's filters and page back from a query string; anything unknown is ignored. */
export function readCaseloadSearch(search: string): { filters: CaseloadFilters; page: number } {
  const params = new URLSearchParams(search);
  const status = oneOf<CaseloadFilters['status']>(params.get('status'), ['open', 'all', ...REFERRAL_TASK_STATUSES]);
  const filters: CaseloadFilters = { status: status ?? 'open' };
  const stage = oneOf(params.get('stage'), Object.keys(BUSINESS_STAGE.codes) as BusinessStage[]);
  const area = oneOf(params.get('area'), Object.keys(WELFARE_LAW_AREA.codes) as WelfareLawArea[]);
  const urgency = oneOf(params.get('urgency'), ['urgent', 'routine'] as const);
  const owner = oneOf(params.get('owner'), ['mine', 'unassigned'] as const);
  const attention = oneOf(params.get('attention'), ['urgent-waiting'] as const);
  if (stage) {
    filters.stage = stage;
  }
  if (area) {
    filters.area = area;
  }
  if (urgency) {
    filters.urgency = urgency;
  }
  if (owner) {
    filters.owner = owner;
  }
  if (attention) {
    filters.attention = attention;
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return { filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}
