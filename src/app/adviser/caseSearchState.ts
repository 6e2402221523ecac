import { useHistoryState } from 'wouter/use-browser-location';

const KEY = 'hjpCaseSearch';

/**
 * The caseload's search text (a name or NHS number: patient data) lives in the browser history
 * entry's state, never in the URL: Back and reload bring it back, a new tab or a shared link
 * does not carry it, and it is gone with the tab.
 */
function textIn(state: unknown): string {
  const value = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[KEY] : undefined;
  return typeof value === 'string' ? value : '';
}

/** The search text of the history entry shown (re-rendered on Back/Forward and on each change). */
export function useCaseSearchText(): string {
  return textIn(useHistoryState<unknown>());
}

/** Keeps the search text on the current history entry ('' forgets it). */
export function rememberCaseSearch(text: string): void {
  const state: unknown = window.history.state;
  const others = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  window.history.replaceState({ ...others, [KEY]: text }, '', window.location.href);
}

/** The state a navigation carries so the next entry keeps the search (filters changed, page moved). */
export function caseSearchState(text: string): Record<string, string> | null {
  return text ? { [KEY]: text } : null;
}
