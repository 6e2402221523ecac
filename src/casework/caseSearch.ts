import { NHS_NUMBER_SYSTEM } from '../../fhir-profiles/src/canonical';
import { REFERRAL_IDENTIFIER_SYSTEM, REFERRAL_REFERENCE_SYSTEM } from '../../fhir-profiles/src/terminology';
import { isUuid, readShortReference } from '../domain/caseRef';

/**
 * What the adviser typed in "Search cases", read as one of three standard FHIR searches on Task:
 * an NHS number (10 digits, spaces allowed) by the chained `patient.identifier`, a referral
 * reference (the short one people quote, "HJP-0ZK3-7RQD", or the referral's UUID) by
 * `focus:ServiceRequest.identifier`, anything else a name by `patient.name` (FHIR string search:
 * starts-with on any part, case-insensitive).
 * The text is patient data: it goes in the request only, never in the screen's address.
 */
export type CaseSearch =
  | { kind: 'nhs-number'; value: string }
  | { kind: 'reference'; value: string }
  | { kind: 'short-reference'; value: string }
  | { kind: 'name'; value: string };

/** The chained search parameters, declared once (the /metadata check looks for them too). */
export const SEARCH_CHAINS = {
  'nhs-number': 'patient.identifier',
  reference: 'focus:ServiceRequest.identifier',
  'short-reference': 'focus:ServiceRequest.identifier',
  name: 'patient.name',
} as const;

/** Reads the typed text; undefined when there is nothing to search for. */
export function readCaseSearch(text: string | undefined): CaseSearch | undefined {
  const trimmed = (text ?? '').trim().replace(/\s+/g, ' ');
  if (trimmed === '') {
    return undefined;
  }
  const digits = trimmed.replace(/[\s-]/g, '');
  if (/^\d{10}$/.test(digits)) {
    return { kind: 'nhs-number', value: digits };
  }
  if (isUuid(trimmed)) {
    return { kind: 'reference', value: trimmed.toLowerCase() };
  }
  const short = readShortReference(trimmed);
  if (short) {
    return { kind: 'short-reference', value: short };
  }
  return { kind: 'name', value: trimmed };
}

/**
 * The search parameter a search adds to the caseload's page and count requests. A name of several
 * words repeats `patient.name` once per word (repeated parameters must all match: "Amira Huss").
 */
export function caseSearchParams(search: CaseSearch | undefined): Record<string, string | readonly string[]> {
  if (!search) {
    return {};
  }
  switch (search.kind) {
    case 'nhs-number':
      return { [SEARCH_CHAINS['nhs-number']]: `${NHS_NUMBER_SYSTEM}|${search.value}` };
    case 'reference':
      return { [SEARCH_CHAINS.reference]: `${REFERRAL_IDENTIFIER_SYSTEM}|${search.value}` };
    case 'short-reference':
      return { [SEARCH_CHAINS['short-reference']]: `${REFERRAL_REFERENCE_SYSTEM}|${search.value}` };
    case 'name':
      return { [SEARCH_CHAINS.name]: search.value.split(' ') };
  }
}

/** What the search looked for, in words for the result line ("NHS number 999 234 5675"). */
export function describeCaseSearch(search: CaseSearch): string {
  switch (search.kind) {
    case 'nhs-number':
      return `NHS number ${search.value.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3')}`;
    case 'reference':
    case 'short-reference':
      return `referral reference ${search.value}`;
    case 'name':
      return `name “${search.value}”`;
  }
}
