/**
 * Build-time settings of the app itself (not of a partnership). The client id is what the EHR
 * registered the app under; the sandbox accepts any id.
 */
export const SMART_CLIENT_ID: string = (import.meta.env.VITE_SMART_CLIENT_ID as string | undefined) ?? 'hjp-link';

/**
 * Where the partnership file is served: beside the app's pages (vite.config.ts serves and copies
 * src/config/partnership.json there; a partnership replaces it on its static host, see README).
 */
export const PARTNERSHIP_FILE = 'partnership.json';

/** Without configuration: only the local sandbox (any port on loopback, at /fhir), for dev and the tests. */
export const DEFAULT_ALLOWED_ISS: readonly string[] = [
  'http://127.0.0.1:*/fhir',
  'http://localhost:*/fhir',
  'http://[::1]:*/fhir',
];

/**
 * The FHIR servers (`iss`) the app may be started against. A partnership's build sets
 * VITE_ALLOWED_ISS (comma-separated base URLs) to its own EHR's FHIR base; any other server is
 * refused at launch with a plain page (src/launch.ts).
 */
const configured = ((import.meta.env.VITE_ALLOWED_ISS as string | undefined) ?? '').split(/[\s,]+/).filter(Boolean);
export const ALLOWED_ISS: readonly string[] = configured.length > 0 ? configured : DEFAULT_ALLOWED_ISS;
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
