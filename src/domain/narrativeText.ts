/**
 * Narrative text (Composition.section.text.div) from plain text and back. The div is built only
 * from escaped text: each paragraph (blank-line separated) a <p>, line breaks <br/>; nothing a
 * user types becomes markup. Reading strips every tag and unescapes, so text written by another
 * system also comes back as plain text (the app renders it as text, never as HTML).
 */
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Paragraphs of a plain text, trimmed, blank ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function textToXhtmlDiv(text: string): string {
  const paragraphs = paragraphsOf(text).map((p) => `<p>${p.split('\n').map(escapeXml).join('<br/>')}</p>`);
  return `<div xmlns="${XHTML_NS}">${paragraphs.length > 0 ? paragraphs.join('') : '<p></p>'}</div>`;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) {
      return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function xhtmlDivToText(div: string | undefined): string {
  if (!div) {
    return '';
  }
  const marked = div
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return paragraphsOf(unescapeXml(marked)).join('\n\n');
}
