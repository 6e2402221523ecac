import { describe, expect, it } from 'vitest';
import { dateInBanner } from './dates';
import { ageOn, formatNhsNumber, formatPatientName, isReadablePatient, patientFacts } from './patient';

describe('patient facts for the banner', () => {
  it('formats an NHS number 3-3-4 and leaves anything else as given', () => {
    expect(formatNhsNumber('9990001234')).toBe('999 000 1234');
    expect(formatNhsNumber('999 000 1234')).toBe('999 000 1234');
    expect(formatNhsNumber('12345')).toBe('12345');
  });

  it('formats dates NHS style', () => {
    expect(dateInBanner('1990-03-02')).toBe('02-Mar-1990');
    expect(dateInBanner('not a date')).toBe('not a date');
  });

  it('computes age in whole years around the birthday', () => {
    expect(ageOn('1990-03-12', new Date(2026, 2, 11))).toBe(35);
    expect(ageOn('1990-03-12', new Date(2026, 2, 12))).toBe(36);
    expect(ageOn('2030-01-01', new Date(2026, 0, 1))).toBeUndefined();
    expect(ageOn('1990', new Date(2026, 0, 1))).toBeUndefined();
  });

  it('shows FAMILY, Given (Title), preferring the official name', () => {
    expect(
      formatPatientName([
        { use: 'usual', given: ['Jo'], family: 'Bloggs' },
        { use: 'official', given: ['Joanna', 'Mary'], family: 'Bloggs', prefix: ['Mrs'] },
      ]),
    ).toBe('BLOGGS, Joanna Mary (Mrs)');
    expect(formatPatientName(undefined)).toBe('Name not recorded');
  });

  it('keeps hostile text as text (React escapes it) and picks the NHS number identifier', () => {
    const facts = patientFacts(
      {
        resourceType: 'Patient',
        name: [{ family: '<script>x</script>', given: ['A'] }],
        identifier: [
          { system: 'urn:other', value: '123' },
          { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001234' },
        ],
        birthDate: '2000-01-01',
        gender: 'female',
      },
      new Date(2026, 5, 1),
    );
    expect(facts).toEqual({
      name: '<SCRIPT>X</SCRIPT>, A',
      nhsNumber: '999 000 1234',
      birthDate: '01-Jan-2000',
      age: 26,
      gender: 'Female',
    });
  });
});

describe('isReadablePatient: the shape the banner reads', () => {
  const good = { resourceType: 'Patient', name: [{ family: 'Evans', given: ['Rhys'] }], birthDate: '1993-02-25' };

  it('accepts a well-formed Patient, with or without optional parts', () => {
    expect(isReadablePatient(good)).toBe(true);
    expect(isReadablePatient({ resourceType: 'Patient' })).toBe(true);
  });

  it.each<[string, unknown]>([
    ['name as a string', { ...good, name: 'Rhys Evans' }],
    ['given as a string', { ...good, name: [{ family: 'Evans', given: 'Rhys' }] }],
    ['family as a number', { ...good, name: [{ family: 42 }] }],
    ['birth date as a number', { ...good, birthDate: 19930225 }],
    ['identifier as an object', { ...good, identifier: { value: '9998123453' } }],
    ['not a Patient', { ...good, resourceType: 'Practitioner' }],
    ['null', null],
  ])('refuses %s', (_what, patient) => {
    expect(isReadablePatient(patient)).toBe(false);
  });
});
