import { UPDATE_POLL_MS } from '../config/app';

/**
 * Query options for screens that must show other people's changes without a reload (the
 * referrer's worklist and timelines): read again every UPDATE_POLL_MS while the tab is visible
 * (TanStack Query pauses the interval in a hidden tab) and as soon as the window regains focus.
 * Why polling rather than a FHIR Subscription: README, "Updates without a reload".
 */
export const LIVE_UPDATES = {
  refetchInterval: UPDATE_POLL_MS,
  refetchIntervalInBackground: false,
  refetchOnWindowFocus: true,
} as const;
