/**
 * Does a case study's text carry identifying details? A pure check the adviser's form runs as they
 * write; the form does not save while any is found (the adviser rewrites the sentence). It finds the
 * client's own names, their NHS number (spaced or not), their date of birth in the usual written
 * forms, and any ten-digit number shaped like an NHS number or a full UK postcode.
 */
export interface ClientIdentity {
  /** Given names and family name as recorded. */
  readonly names: readonly string[];
  readonly nhsNumber?: string | undefined;
  /** ISO date, YYYY-MM-DD. */
  readonly birthDate?: string | undefined;
}

export type IdentifyingKind = 'name' | 'nhs-number' | 'date-of-birth' | 'postcode';

export interface IdentifyingDetail {
  readonly kind: IdentifyingKind;
  /** What was found, as written in the text. */
  readonly found: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nameHits(text: string, names: readonly string[]): IdentifyingDetail[] {
  const out: IdentifyingDetail[] = [];
  for (const name of new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))) {
    const match = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu').exec(text);
    if (match) {
      out.push({ kind: 'name', found: match[0] });
    }
  }
  return out;
}

function digitsOnly(s: string): string {
  return s.replace(/\D/g, '');
}

function nhsHits(text: string, nhsNumber: string | undefined): IdentifyingDetail[] {
  const out: IdentifyingDetail[] = [];
  const shaped = /(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)/g;
  for (const match of text.matchAll(shaped)) {
    out.push({ kind: 'nhs-number', found: match[0] });
  }
  const own = nhsNumber ? digitsOnly(nhsNumber) : '';
  if (own.length === 10 && !out.some((h) => digitsOnly(h.found) === own) && digitsOnly(text).includes(own)) {
    out.push({ kind: 'nhs-number', found: own });
  }
  return out;
}

function birthDateForms(iso: string): RegExp[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) {
    return [];
  }
  const [, y = '', m = '', d = ''] = match;
  const day = String(Number(d));
  const monthNumber = String(Number(m));
  const month = MONTHS[Number(m) - 1] ?? '';
  const sep = '[\\/.\\-\\s]';
  return [
    new RegExp(`(?<!\\d)${y}-${m}-${d}(?!\\d)`),
    new RegExp(`(?<!\\d)0?${day}${sep}0?${monthNumber}${sep}(${y}|${y.slice(2)})(?!\\d)`),
    new RegExp(`(?<!\\d)${day}(st|nd|rd|th)?\\s+(of\\s+)?${month}(\\s*,)?\\s+${y}(?!\\d)`, 'i'),
    new RegExp(`(?<!\\d)${day}(st|nd|rd|th)?\\s+(of\\s+)?${month.slice(0, 3)}\\.?(\\s*,)?\\s+${y}(?!\\d)`, 'i'),
    new RegExp(`${month}\\s+${day}(st|nd|rd|th)?,?\\s+${y}(?!\\d)`, 'i'),
  ];
}

function birthDateHits(text: string, birthDate: string | undefined): IdentifyingDetail[] {
  for (const form of birthDate ? birthDateForms(birthDate) : []) {
    const match = form.exec(text);
    if (match) {
      return [{ kind: 'date-of-birth', found: match[0] }];
    }
  }
  return [];
}

function postcodeHits(text: string): IdentifyingDetail[] {
  const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
  return [...text.matchAll(postcode)].map((m) => ({ kind: 'postcode' as const, found: m[0] }));
}

export function identifyingDetails(text: string, client: ClientIdentity): IdentifyingDetail[] {
  return [
    ...nameHits(text, client.names),
    ...nhsHits(text, client.nhsNumber),
    ...birthDateHits(text, client.birthDate),
    ...postcodeHits(text),
  ];
}

const KIND_WORDS: Readonly<Record<IdentifyingKind, string>> = {
  name: 'the client’s name',
  'nhs-number': 'an NHS number',
  'date-of-birth': 'the client’s date of birth',
  postcode: 'a postcode',
};

/** One plain sentence per detail found, for the warning above the form. */
export function describeDetail(detail: IdentifyingDetail): string {
  return `The text contains ${KIND_WORDS[detail.kind]} (“${detail.found}”). Remove it so the client cannot be identified.`;
}
