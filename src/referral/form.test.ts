import { describe, expect, it } from 'vitest';
import type { Patient } from 'fhir/r4';
import { emptyReferralForm, interpreterFromPatient, referralFormProblems } from './form';

const speaking = (communication: Patient['communication']): Patient => ({ resourceType: 'Patient', communication });
const lang = (code: string, preferred?: boolean): NonNullable<Patient['communication']>[number] => ({
  language: { coding: [{ system: 'urn:ietf:bcp:47', code }] },
  ...(preferred === undefined ? {} : { preferred }),
});

describe('the interpreter from the patient record', () => {
  it('is the preferred language, by its BCP-47 language', () => {
    expect(interpreterFromPatient(speaking([lang('en'), lang('pl', true)]))).toBe('pl');
    expect(interpreterFromPatient(speaking([lang('pl-PL', true)]))).toBe('pl');
    expect(interpreterFromPatient(speaking([lang('zh-yue', true)]))).toBe('zh-yue');
  });

  it('is none for English, a language that is not preferred, or no record', () => {
    expect(interpreterFromPatient(speaking([lang('en-GB', true)]))).toBe('');
    expect(interpreterFromPatient(speaking([lang('pl')]))).toBe('');
    expect(interpreterFromPatient(undefined)).toBe('');
  });
});

describe('the referral form’s problems', () => {
  it('asks for an area and a contact method', () => {
    expect(referralFormProblems(emptyReferralForm()).map((p) => p.field)).toEqual(['areas', 'contactMethods']);
  });
});
