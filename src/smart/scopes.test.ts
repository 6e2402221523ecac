import { describe, expect, it } from 'vitest';
import { parseLaunchProfile, SCOPES, scopeString } from './scopes';

const V2_SCOPE = /^(patient|user)\/[A-Z][A-Za-z]+\.c?r?u?d?s?$/;

describe('declared scopes', () => {
  it('are SMART v2 resource scopes or the launch/identity scopes, never wildcards', () => {
    for (const scopes of Object.values(SCOPES)) {
      for (const scope of scopes) {
        expect(['launch', 'openid', 'fhirUser', 'online_access'].includes(scope) || V2_SCOPE.test(scope), scope).toBe(
          true,
        );
        expect(scope).not.toContain('*');
      }
    }
  });

  it('give clinicians patient-level access only to clinical data', () => {
    const clinical = SCOPES.clinician.filter((s) =>
      /Patient|Consent|ServiceRequest|Task|Communication|QuestionnaireResponse/.test(s),
    );
    expect(clinical.every((s) => s.startsWith('patient/'))).toBe(true);
  });

  it('never lets the lead write', () => {
    expect(SCOPES.lead.filter((s) => /\.[a-z]*[cud]/.test(s))).toEqual([]);
  });

  it('picks the profile from the launch address, clinician by default', () => {
    expect(parseLaunchProfile('adviser')).toBe('adviser');
    expect(parseLaunchProfile('root')).toBe('clinician');
    expect(parseLaunchProfile(null)).toBe('clinician');
    expect(scopeString('clinician').split(' ')).toContain('patient/ServiceRequest.crus');
  });
});
