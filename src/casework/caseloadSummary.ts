import { BUSINESS_STAGE, WELFARE_LAW_AREA } from '../../fhir-profiles/src/terminology';
import { statusLabel } from '../domain/labels';
import { describeCaseSearch, readCaseSearch } from './caseSearch';
import type { CaseloadFilters } from './caseloadQuery';

/** The filters in force other than the status, in words ("urgent only", "my cases"…), in screen order. */
export function filterWords(filters: CaseloadFilters): string[] {
  const words: string[] = [];
  if (filters.stage) {
    words.push(`stage ${BUSINESS_STAGE.codes[filters.stage]}`);
  }
  if (filters.area) {
    words.push(`area of law ${WELFARE_LAW_AREA.codes[filters.area]}`);
  }
  if (filters.urgency) {
    words.push(filters.urgency === 'urgent' ? 'urgent only' : 'routine only');
  }
  if (filters.owner) {
    words.push(filters.owner === 'mine' ? 'my cases' : 'unassigned');
  }
  if (filters.attention === 'urgent-waiting') {
    words.push('urgent, waiting over target');
  }
  const search = readCaseSearch(filters.text);
  if (search) {
    words.push(describeCaseSearch(search));
  }
  return words;
}

/** Anything narrowing the default caseload (open cases, everyone's, no search)? */
export function isFiltered(filters: CaseloadFilters): boolean {
  return filters.status !== 'open' || filterWords(filters).length > 0;
}

function statusWord(status: CaseloadFilters['status']): string {
  if (status === 'open' || status === 'all') {
    return status === 'open' ? 'open ' : '';
  }
  return `${statusLabel(status).toLowerCase()} `;
}

/** "12 open cases match these filters: urgent only, my cases." / "7 open cases." */
export function foundSentence(found: number, filters: CaseloadFilters): string {
  const cases = `${String(found)} ${statusWord(filters.status)}case${found === 1 ? '' : 's'}`;
  const words = filterWords(filters);
  if (words.length === 0) {
    return `${cases}.`;
  }
  return `${cases} ${found === 1 ? 'matches' : 'match'} these filters: ${words.join(', ')}.`;
}

/** What the counts by status follow: every filter but the status (each count is one status). */
export function countsNote(filters: CaseloadFilters): string {
  const words = filterWords(filters);
  return words.length === 0
    ? 'All your organisation’s cases, by status.'
    : `Cases by status that match the other filters: ${words.join(', ')}.`;
}
