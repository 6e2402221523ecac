import { REFERRAL_TASK_STATUSES, type ReferralTaskStatus } from '../../fhir-profiles/src/terminology';

/**
 * The practice worklist's filters and their address form (codes only, never patient data). Kept
 * apart from the worklist's rows and search so the screens' URLs (src/app/paths.ts), which the
 * clinician's first screen loads, carry none of the worklist's code: that stays in its own chunk.
 */
export type AttentionKind = 'evidence' | 'messages' | 'rejected' | 'outcome';

export const ATTENTION_KINDS: readonly AttentionKind[] = ['evidence', 'messages', 'rejected', 'outcome'];

export interface WorklistFilters {
  /** Only referrals needing this kind of attention. */
  attention?: AttentionKind | undefined;
  /** 'mine' = referrals the user made; otherwise the whole practice's. */
  who: 'mine' | 'practice';
  status: 'open' | 'closed' | 'all' | ReferralTaskStatus;
}

export const DEFAULT_FILTERS: WorklistFilters = { who: 'practice', status: 'all' };

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return (allowed as readonly (string | null)[]).includes(value) ? (value as T) : undefined;
}

/** The filters and page number as a query string (defaults left out). */
export function worklistSearch(filters: WorklistFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.attention) {
    params.set('attention', filters.attention);
  }
  if (filters.who === 'mine') {
    params.set('who', 'mine');
  }
  if (filters.status !== 'all') {
    params.set('status', filters.status);
  }
  if (page > 1) {
    params.set('page', String(page));
  }
  return params.toString();
}

/** Reads the filters and page back from a query string; anything unknown is ignored. */
export function readWorklistSearch(search: string): { filters: WorklistFilters; page: number } {
  const params = new URLSearchParams(search);
  const status = oneOf<WorklistFilters['status']>(params.get('status'), [
    'open',
    'closed',
    ...REFERRAL_TASK_STATUSES.filter((s) => s !== 'draft' && s !== 'entered-in-error'),
  ]);
  const attention = oneOf(params.get('attention'), ATTENTION_KINDS);
  const page = /^[1-9][0-9]{0,3}$/.test(params.get('page') ?? '') ? Number(params.get('page')) : 1;
  return {
    filters: {
      who: params.get('who') === 'mine' ? 'mine' : 'practice',
      status: status ?? 'all',
      ...(attention ? { attention } : {}),
    },
    page,
  };
}
