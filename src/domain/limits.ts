/**
 * Size limits the record enforces and the app reads (one place, shared by both). Free text is
 * what people type: a message, a note, a reason, a request's description.
 */
export const MAX_FREE_TEXT_CHARS = 20_000;

/** An attachment's decoded size (the evidence upload). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** "5 MB", as the UI advertises the attachment limit. */
export const ATTACHMENT_LIMIT_TEXT = `${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;

/** "20,000 characters", as the UI advertises the free-text limit. */
export const FREE_TEXT_LIMIT_TEXT = `${MAX_FREE_TEXT_CHARS.toLocaleString('en-GB')} characters`;

/** Plain messages for the limits, as the server and the app both say them. */
export const LIMIT_MESSAGES = {
  text: `Text is limited to ${FREE_TEXT_LIMIT_TEXT}.`,
  attachment: `Files are limited to ${ATTACHMENT_LIMIT_TEXT}.`,
} as const;
