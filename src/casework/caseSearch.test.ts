import { describe, expect, it } from 'vitest';
import { caseSearchParams, describeCaseSearch, readCaseSearch } from './caseSearch';

describe('search cases', () => {
  it('reads 10 digits (spaces or dashes allowed) as an NHS number, by the chained patient identifier', () => {
    const search = readCaseSearch(' 999 234 5675 ');
    expect(search).toEqual({ kind: 'nhs-number', value: '9992345675' });
    expect(caseSearchParams(search)).toEqual({ 'patient.identifier': 'https://fhir.nhs.uk/Id/nhs-number|9992345675' });
    expect(readCaseSearch('999-234-5675')?.kind).toBe('nhs-number');
    expect(readCaseSearch('99923456')?.kind).toBe('name');
  });

  it('reads a UUID as the referral reference, by the chained referral identifier', () => {
    const search = readCaseSearch('5EED0000-0000-4000-8000-000000000004');
    expect(caseSearchParams(search)).toEqual({
      'focus:ServiceRequest.identifier':
        'https://fhir.hjp-link.org.uk/Id/referral|5eed0000-0000-4000-8000-000000000004',
    });
  });

  it('reads a short reference, however typed, by the chained short-reference identifier', () => {
    for (const typed of ['HJP-0000-0004', 'hjp 0000 0004', '0000-0004']) {
      const search = readCaseSearch(typed);
      expect(search, typed).toEqual({ kind: 'short-reference', value: 'HJP-0000-0004' });
      expect(caseSearchParams(search)).toEqual({
        'focus:ServiceRequest.identifier': 'https://fhir.hjp-link.org.uk/Id/referral-reference|HJP-0000-0004',
      });
    }
    expect(describeCaseSearch({ kind: 'short-reference', value: 'HJP-0000-0004' })).toBe(
      'referral reference HJP-0000-0004',
    );
    expect(readCaseSearch('Whitfield')?.kind).toBe('name');
  });

  it('reads anything else as a name, and nothing as no search', () => {
    expect(caseSearchParams(readCaseSearch('  Amira   Hussain '))).toEqual({ 'patient.name': ['Amira', 'Hussain'] });
    expect(readCaseSearch('   ')).toBeUndefined();
    expect(caseSearchParams(undefined)).toEqual({});
    expect(describeCaseSearch({ kind: 'nhs-number', value: '9992345675' })).toBe('NHS number 999 234 5675');
  });
});
