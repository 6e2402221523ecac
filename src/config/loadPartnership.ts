import { checkPartnership, type PartnershipConfig } from './partnership';
import { PartnershipFileError } from './partnershipFileError';

/**
 * Validates the partnership file read by readPartnershipFile (partnershipFile.ts). Rejects with a
 * PartnershipFileError naming the problem: the app then shows a plain page and does not start half
 * configured. The wording of a problem is loaded only for a broken file (parsePartnership.ts).
 */
export async function validatePartnership(json: unknown): Promise<PartnershipConfig> {
  const checked = checkPartnership(json);
  if ('problem' in checked) {
    const { partnershipProblemText } = await import('./parsePartnership');
    throw new PartnershipFileError(partnershipProblemText(checked.problem));
  }
  return checked.config;
}
