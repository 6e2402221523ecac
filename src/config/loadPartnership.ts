import { checkPartnership, PartnershipFileError, type PartnershipConfig } from './partnership';

/**
 * Where the partnership file is served: beside the app's pages (vite.config.ts serves and copies
 * src/config/partnership.json there; a partnership replaces it on its static host, see README).
 */
export const PARTNERSHIP_FILE = 'partnership.json';

/**
 * Reads and validates the partnership file (no patient data in it, so it is fetched the moment the
 * page loads, beside the token exchange). Rejects with a PartnershipFileError naming the problem:
 * the app then shows a plain page and does not start half configured.
 */
export async function loadPartnership(base: string = import.meta.env.BASE_URL): Promise<PartnershipConfig> {
  let response: Response;
  try {
    // Always asked again: a partnership that replaces the file sees it take effect at the next launch.
    response = await fetch(`${base}${PARTNERSHIP_FILE}`, { cache: 'no-cache', credentials: 'omit' });
  } catch {
    throw new PartnershipFileError(`${PARTNERSHIP_FILE} could not be read`);
  }
  if (!response.ok) {
    throw new PartnershipFileError(`${PARTNERSHIP_FILE} could not be read (HTTP ${String(response.status)})`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new PartnershipFileError(`${PARTNERSHIP_FILE} is not valid JSON`);
  }
  const checked = checkPartnership(json);
  if ('problem' in checked) {
    // Worded only now: a good file never loads the wording (parsePartnership.ts).
    const { partnershipProblemText } = await import('./parsePartnership');
    throw new PartnershipFileError(partnershipProblemText(checked.problem));
  }
  return checked.config;
}
