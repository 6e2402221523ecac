import { safeFileName } from '../domain/bidi';
import { ATTACHMENT_LIMIT_TEXT, MAX_ATTACHMENT_BYTES } from '../domain/limits';

/** Attachments the evidence answer accepts: documents and scans, up to the record's limit (src/domain/limits.ts). */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export interface ReadAttachment {
  contentType: string;
  data: string;
  /** The file name, with any bidirectional controls removed (see src/domain/bidi.ts). */
  title: string;
  /** The chosen file's name had hidden direction controls (removed): tell the user. */
  renamed: boolean;
}

/** Why a chosen file cannot be attached, in plain English, or undefined when it can. Checked before upload. */
export function fileProblem(file: { type: string; size: number }): string | undefined {
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type)) {
    return 'The file must be a PDF, JPEG or PNG.';
  }
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return `The file must be ${ATTACHMENT_LIMIT_TEXT} or smaller. Choose a smaller file, or scan it at a lower resolution.`;
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
  const name = safeFileName(file.name);
  return { contentType: file.type, data: btoa(binary), title: name.name, renamed: name.hadControls };
}
