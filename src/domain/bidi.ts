/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) can make
 * text display in a different order from how it is stored: "invoice\u202Efdp.exe" shows as
 * "invoiceexe.pdf". In names and file names they are never needed (<bdi> isolates genuinely
 * right-to-left text), so they are removed before display and flagged where the user should know.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

export function hasBidiControls(text: string): boolean {
  return new RegExp(BIDI_CONTROLS.source, 'u').test(text);
}

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A file name safe to show and store: controls removed, and whether any were (to tell the user). */
export function safeFileName(name: string): { name: string; hadControls: boolean } {
  const cleaned = stripBidiControls(name).trim();
  return { name: cleaned.length > 0 ? cleaned : 'document', hadControls: cleaned !== name.trim() };
}
