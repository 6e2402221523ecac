import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF's text, read back with Mozilla's pdf.js: the text items of each page, in order. */
export interface PdfText {
  readonly pages: readonly (readonly string[])[];
}

export async function pdfText(pdf: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item.str.trim()] : [])));
  }
  await doc.cleanup();
  return { pages };
}
