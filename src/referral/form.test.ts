import { describe, expect, it } from 'vitest';
import type { Patient } from 'fhir/r4';
import { contactFromPatient, emptyReferralForm, interpreterFromPatient, referralFormProblems } from './form';

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

describe('contact details', () => {
  it('come from the Patient record: a mobile first, the email, the home address as one line', () => {
    const patient: Patient = {
      resourceType: 'Patient',
      telecom: [
        { system: 'phone', value: '0113 496 0505', use: 'home' },
        { system: 'phone', value: '07700 900404', use: 'mobile' },
        { system: 'email', value: 'piotr@example.com' },
      ],
      address: [
        { use: 'old', line: ['1 Old Road'], city: 'York' },
        { use: 'home', line: ['4 Chapel Lane'], city: 'Leeds', postalCode: 'LS6 3AA' },
      ],
    };
    expect(contactFromPatient(patient)).toEqual({
      phone: '07700 900404',
      email: 'piotr@example.com',
      address: '4 Chapel Lane, Leeds, LS6 3AA',
    });
    expect(contactFromPatient(undefined)).toEqual({ phone: '', email: '', address: '' });
  });

  it('a contact method with no details behind it is an error on that detail', () => {
    const form = { ...emptyReferralForm(), areas: ['debt' as const] };
    const fields = (f: typeof form): string[] => referralFormProblems(f).map((p) => p.field);
    expect(referralFormProblems({ ...form, contactMethods: ['phone'] })).toEqual([
      {
        field: 'phone',
        message: 'Enter a phone number for a phone call, or choose another way to contact the patient',
      },
    ]);
    expect(fields({ ...form, contactMethods: ['text'] })).toEqual(['phone']);
    expect(fields({ ...form, contactMethods: ['email'] })).toEqual(['email']);
    expect(referralFormProblems({ ...form, contactMethods: ['email'], email: 'piotr at example' })[0]?.message).toMatch(
      /correct format/,
    );
    expect(fields({ ...form, contactMethods: ['letter'] })).toEqual(['address']);
    expect(
      fields({ ...form, contactMethods: ['phone', 'letter'], phone: '07700 900404', address: '4 Chapel Lane' }),
    ).toEqual([]);
  });
});
