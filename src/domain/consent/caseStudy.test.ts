import type { Consent } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { buildConsent } from './build';
import { buildCaseStudyConsent, caseStudyAllowed, isCaseStudyOnly, mentionsCaseStudy } from './caseStudy';
import { consentDecision } from './decision';

const org = { reference: 'Organization/org-advice', display: 'Northbrook Welfare Rights Advice' };
const now = new Date('2026-12-01T12:00:00Z');
const q = { patientId: 'pat-007', adviceOrg: org.reference, now };
const decision = (agrees: boolean, at: string, id = at): Consent =>
  buildCaseStudyConsent({
    identifier: id,
    patientId: 'pat-007',
    adviceOrg: org,
    recordedBy: 'PractitionerRole/adviser',
    method: 'verbal',
    agrees,
    decidedAt: new Date(at),
  });
const referral = buildConsent({
  identifier: 'r',
  patientId: 'pat-007',
  recordingOrg: 'Organization/org-gp-practice',
  recordedBy: 'PractitionerRole/gp',
  method: 'verbal',
  agreesToReferral: true,
  agreesToEvidence: false,
  adviceOrg: org,
  decidedAt: new Date('2026-11-01T10:00:00Z'),
  periodMonths: 12,
});

describe('the client’s consent to a case study', () => {
  it('is allowed only by a recorded yes, and a later no overrides it', () => {
    expect(caseStudyAllowed([], q)).toBe(false);
    const yes = decision(true, '2026-11-20T10:00:00Z');
    const no = decision(false, '2026-11-25T10:00:00Z');
    expect(caseStudyAllowed([referral, yes], q)).toBe(true);
    expect(caseStudyAllowed([yes, no], q)).toBe(false);
    expect(caseStudyAllowed([no, decision(true, '2026-11-28T10:00:00Z')], q)).toBe(true);
    // The referral consent says nothing about case studies.
    expect(caseStudyAllowed([referral], q)).toBe(false);
    expect(caseStudyAllowed([yes], { ...q, adviceOrg: 'Organization/other' })).toBe(false);
  });

  it('never touches the referral consent, even when the client says no', () => {
    const no = decision(false, '2026-11-25T10:00:00Z');
    expect(no.status).toBe('active');
    expect(consentDecision([referral, no], { ...q, coverage: 'referral-details' }).allowed).toBe(true);
    expect(isCaseStudyOnly(no)).toBe(true);
    expect(mentionsCaseStudy(referral)).toBe(false);
    expect(isCaseStudyOnly(referral)).toBe(false);
  });
});
