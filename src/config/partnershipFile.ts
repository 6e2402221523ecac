import { PARTNERSHIP_FILE } from './app';
import { PartnershipFileError } from './partnershipFileError';

/**
 * The partnership file as JSON, not yet checked (loadPartnership.ts checks it), from the request
 * the redirect page's entry made the moment it ran, beside the token request (src/main.tsx;
 * index.html preloads it). No patient data in it. Rejects with a PartnershipFileError naming the problem.
 */
export async function readPartnershipFile(request: Promise<Response>): Promise<unknown> {
  let response: Response;
  try {
    response = await request;
  } catch {
    throw new PartnershipFileError(`${PARTNERSHIP_FILE} could not be read`);
  }
  if (!response.ok) {
    throw new PartnershipFileError(`${PARTNERSHIP_FILE} could not be read (HTTP ${String(response.status)})`);
  }
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new PartnershipFileError(`${PARTNERSHIP_FILE} is not valid JSON`);
  }
}
