/**
 * A partnership file that cannot be read or is not valid: the message names the field and what is
 * wrong with it. Its own module, with no imports: Node (the evaluation job, partnership:check)
 * reads the file through partnership.ts without the browser's build-time settings (config/app.ts).
 */
export class PartnershipFileError extends Error {
  override name = 'PartnershipFileError';
}
