import { describe, expect, it } from 'vitest';
import type { ServiceRequest } from 'fhir/r4';
import { contactPreferencesText, inpatientWard, readReferral } from '../domain/referralRead';
import { buildServiceRequest, type ReferralParties } from './build';
import { emptyReferralForm, type ReferralForm } from './form';

// build → read: what referral/build.ts writes, domain/referralRead.ts reads back unchanged.
const parties: ReferralParties = {
  referralId: '0f0e0d0c-0b0a-4908-8706-050403020100',
  patientId: 'pat-004',
  encounterId: undefined,
  requester: 'PractitionerRole/gp',
  adviceOrg: { reference: 'Organization/org-advice', display: 'Northbrook Welfare Rights Advice' },
  now: new Date('2026-06-15T10:00:00Z'),
};
const full: ReferralForm = {
  areas: ['housing', 'benefits'],
  priority: 'urgent',
  urgentReasons: ['eviction-or-court', 'no-money-food-heating'],
  contactMethods: ['phone', 'text'],
  safeToLeaveMessage: false,
  bestTimes: 'Mornings only',
  phone: '07700 900404',
  email: 'piotr@example.com',
  address: '4 Chapel Lane, Leeds, LS6 3AA',
  adviceMode: 'face-to-face',
  interpreterLanguage: 'pl',
  accessibilityNeeds: 'Step-free access',
  note: 'Court date next week.',
};

function roundTrip(form: ReferralForm): ReturnType<typeof readReferral> {
  const sr: ServiceRequest = JSON.parse(JSON.stringify(buildServiceRequest(form, parties, []))) as ServiceRequest;
  return readReferral(sr);
}

describe('referral build → read', () => {
  it('reads back every field of a full form', () => {
    const { interpreterLanguageName, ...read } = roundTrip(full);
    expect(read).toEqual(full);
    expect(interpreterLanguageName).toBe('Polish');
  });

  it('reads back an empty routine form as empty, not as made-up defaults', () => {
    const form = { ...emptyReferralForm(), areas: ['debt' as const], contactMethods: ['letter' as const] };
    const { interpreterLanguageName, ...read } = roundTrip(form);
    expect(read).toEqual(form);
    expect(interpreterLanguageName).toBe('');
  });

  it('keeps urgent reasons only on urgent referrals (the builder drops them on routine ones)', () => {
    expect(roundTrip({ ...full, priority: 'routine' }).urgentReasons).toEqual([]);
  });

  it('says the contact preferences in words', () => {
    expect(contactPreferencesText(roundTrip(full))).toBe(
      'Phone call, Text message; phone: 07700 900404; email: piotr@example.com; address: 4 Chapel Lane, Leeds, LS6 3AA; do not leave a message; best times: Mornings only',
    );
    expect(contactPreferencesText(roundTrip(emptyReferralForm()))).toBe('Not recorded');
  });

  it('names the ward of a ward launch (encounter and ward), and nothing outside a hospital stay', () => {
    const ward = { reference: 'Location/loc-ward-7', display: 'Ward 7' };
    const inWard = buildServiceRequest(full, { ...parties, encounterId: 'enc-ward-001', ward }, []);
    expect(inWard.locationReference).toEqual([ward]);
    expect(inpatientWard(inWard)).toBe('Inpatient on Ward 7');
    const atPractice = buildServiceRequest(full, { ...parties, ward }, []);
    expect(atPractice.locationReference).toBeUndefined();
    expect(inpatientWard(atPractice)).toBeUndefined();
  });
});
