/** Attachments the evidence answer accepts: documents and scans, up to 5 MB. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_BYTES = 5 * 1024 * 1024;

export interface ReadAttachment {
  contentType: string;
  data: string;
  title: string;
}

/** Why a chosen file cannot be attached, in plain English, or undefined when it can. */
export function fileProblem(file: { type: string; size: number }): string | undefined {
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type)) {
    return 'The file must be a PDF, JPEG or PNG.';
  }
  if (file.size > MAX_BYTES) {
    return 'The file must be smaller than 5 MB.';
  }
  if (file.size === 0) {
    return 'The file is empty.';
  }
  return undefined;
}

/** Reads a File as base64 for Attachment.data. */
export async function readAttachment(file: File): Promise<ReadAttachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { contentType: file.type, data: btoa(binary), title: file.name };
}
