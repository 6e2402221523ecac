import { describe, expect, it } from 'vitest';
import { describeDetail, identifyingDetails } from './identifying';

const rhys = { names: ['Rhys', 'Evans'], nhsNumber: '9998123453', birthDate: '1993-02-25' };
const kinds = (text: string) => identifyingDetails(text, rhys).map((d) => [d.kind, d.found]);

describe('identifying details in a case study', () => {
  it('finds the client’s names as whole words, whatever the case', () => {
    expect(kinds('Mr EVANS was referred by his GP.')).toEqual([['name', 'EVANS']]);
    expect(kinds('Rhys, a man in his thirties')).toEqual([['name', 'Rhys']]);
    // Part of another word is not the name.
    expect(kinds('He had relevant evidence about Evansville.')).toEqual([]);
  });

  it('finds NHS numbers, spaced or not, and the client’s own even when run into other digits', () => {
    expect(kinds('NHS number 999 812 3453 on file')).toEqual([['nhs-number', '999 812 3453']]);
    expect(kinds('ref 9998123453')).toEqual([['nhs-number', '9998123453']]);
    expect(kinds('code A9998123453B')).toEqual([['nhs-number', '9998123453']]);
    expect(kinds('Another number 485 777 3456 appears')).toEqual([['nhs-number', '485 777 3456']]);
  });

  it('finds the client’s date of birth in the usual written forms', () => {
    for (const text of [
      'born 25/02/1993',
      'born 25.2.93',
      'born 1993-02-25',
      'born 25th February 1993',
      'born 25 Feb 1993',
      'born February 25, 1993',
    ]) {
      expect(kinds(text), text).toEqual([['date-of-birth', expect.any(String)]]);
    }
    // Other dates are fine: the day the award was made is not the client's birthday.
    expect(kinds('PIP was awarded on 12 March 2026 and arrears of £1,411 paid.')).toEqual([]);
  });

  it('finds a full postcode, and says plainly what to remove', () => {
    expect(kinds('lives near LS6 3BW')).toEqual([['postcode', 'LS6 3BW']]);
    expect(describeDetail({ kind: 'name', found: 'Evans' })).toBe(
      'The text contains the client’s name (“Evans”). Remove it so the client cannot be identified.',
    );
  });

  it('passes an anonymised story', () => {
    expect(
      kinds(
        'A man in his thirties, treated for cancer, had stopped work and fallen into debt. With advice and casework over four sessions he was awarded PIP (£108.55 a week) and £1,860 of debt was written off.',
      ),
    ).toEqual([]);
  });
});
