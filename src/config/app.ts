/**
 * Build-time settings of the app itself (not of a partnership). The client id is what the EHR
 * registered the app under; the sandbox accepts any id.
 */
export const SMART_CLIENT_ID: string = (import.meta.env.VITE_SMART_CLIENT_ID as string | undefined) ?? 'hjp-link';

/**
 * How often an open screen asks the record for updates (adviser messages, stage changes, evidence
 * requests): 20 s by default, so an update shows within a minute without a reload. Build-time
 * `VITE_HJP_POLL_SECONDS` changes it (5 to 30 s; anything else keeps the default). Polling pauses
 * while the tab is hidden and runs again when the window regains focus (TanStack Query).
 */
export const UPDATE_POLL_MS: number = pollMs(import.meta.env.VITE_HJP_POLL_SECONDS as string | undefined);

function pollMs(value: string | undefined): number {
  const seconds = Number(value);
  return Number.isInteger(seconds) && seconds >= 5 && seconds <= 30 ? seconds * 1000 : 20_000;
}
