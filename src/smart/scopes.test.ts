import { describe, expect, it } from 'vitest';
import { LAUNCH_PROFILES, parseLaunchProfile, SCOPES, scopesFor, scopeString } from './scopes';
import { authorizeOptions } from './authorize';

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

  it('gives the practice worklist user-level scopes, read only apart from marking messages read', () => {
    const data = SCOPES.practice.filter((s) => s.includes('/'));
    expect(data.every((s) => s.startsWith('user/'))).toBe(true);
    const writes = data.filter((s) => /\.[a-z]*[cud]/.test(s));
    expect(writes).toEqual(['user/Communication.rus']);
    expect(data.filter((s) => /Condition|QuestionnaireResponse|Consent/.test(s))).toEqual([]);
    expect(parseLaunchProfile('practice')).toBe('practice');
    expect(scopesFor('practice', 'standalone').filter((s) => s.startsWith('launch'))).toEqual([]);
  });

  it('lets the lead write nothing but Compositions (the record allows only its funder report narrative)', () => {
    expect(SCOPES.lead.filter((s) => /\.[a-z]*[cud]/.test(s))).toEqual(['user/Composition.crus']);
  });

  it('picks the profile from the launch address, clinician by default', () => {
    expect(parseLaunchProfile('adviser')).toBe('adviser');
    expect(parseLaunchProfile('root')).toBe('clinician');
    expect(parseLaunchProfile(null)).toBe('clinician');
    expect(scopeString('clinician').split(' ')).toContain('patient/ServiceRequest.crus');
  });

  it('asks for launch only in an EHR launch; standalone, a patient to be picked only where the profile needs one', () => {
    for (const profile of LAUNCH_PROFILES) {
      expect(scopesFor(profile, 'ehr')).toContain('launch');
      expect(scopesFor(profile, 'standalone')).not.toContain('launch');
    }
    expect(scopesFor('clinician', 'standalone')).toContain('launch/patient');
    expect(scopesFor('adviser', 'standalone').filter((s) => s.startsWith('launch'))).toEqual([]);
    expect(scopesFor('lead', 'standalone').filter((s) => s.startsWith('launch'))).toEqual([]);
    // Apart from the launch context, both kinds of launch ask for the same.
    const data = (scopes: readonly string[]): string[] => scopes.filter((s) => !s.startsWith('launch'));
    expect(data(scopesFor('adviser', 'standalone'))).toEqual(data(SCOPES.adviser));
  });

  it('reads the kind of launch from the launch address', () => {
    const ehr = authorizeOptions(new URL('https://app.example/launch.html?iss=https://ehr.example/fhir&launch=abc'));
    expect(ehr.scope?.split(' ')).toContain('launch');
    const standalone = authorizeOptions(new URL('https://app.example/launch.html?iss=https://ehr.example/fhir'));
    expect(standalone.scope?.split(' ')).toContain('launch/patient');
    expect(standalone.scope?.split(' ')).not.toContain('launch');
    const adviser = authorizeOptions(
      new URL('https://app.example/launch.html?profile=adviser&iss=https://ehr.example/fhir'),
    );
    expect(adviser.scope?.split(' ').filter((s) => s.startsWith('launch'))).toEqual([]);
  });
});
