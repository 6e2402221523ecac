import { describe, expect, it } from 'vitest';
import { countsNote, foundSentence, isFiltered } from './caseloadSummary';

describe('what the caseload says it shows', () => {
  it('says how many cases match and which filters they follow', () => {
    expect(foundSentence(7, { status: 'open' })).toBe('7 open cases.');
    expect(foundSentence(1, { status: 'in-progress', urgency: 'urgent' })).toBe(
      '1 in progress case matches these filters: urgent only.',
    );
    expect(foundSentence(12, { status: 'open', area: 'debt', owner: 'mine', text: '999 234 5675' })).toBe(
      '12 open cases match these filters: area of law Debt, my cases, NHS number 999 234 5675.',
    );
    expect(foundSentence(0, { status: 'all', owner: 'unassigned', text: 'Hussain' })).toBe(
      '0 cases match these filters: unassigned, name “Hussain”.',
    );
  });

  it('says the counts by status follow every filter but the status', () => {
    expect(countsNote({ status: 'completed' })).toBe('All your organisation’s cases, by status.');
    expect(countsNote({ status: 'open', stage: 'casework' })).toBe(
      'Cases by status that match the other filters: stage Casework in progress.',
    );
  });

  it('knows when there is something to clear', () => {
    expect(isFiltered({ status: 'open' })).toBe(false);
    expect(isFiltered({ status: 'open', text: '  ' })).toBe(false);
    expect(isFiltered({ status: 'all' })).toBe(true);
    expect(isFiltered({ status: 'open', owner: 'mine' })).toBe(true);
  });
});
