import { describe, expect, it } from 'vitest';
import { launchContext, normaliseFhirUser } from './context';

const server = 'http://127.0.0.1:4010/fhir';

describe('launch context', () => {
  it('reads patient, encounter and banner flag from the token response, the user from the id_token', () => {
    expect(
      launchContext(
        { patient: 'pat-001', encounter: 'enc-1', need_patient_banner: false },
        { fhirUser: 'PractitionerRole/gp' },
        server,
      ),
    ).toEqual({
      patientId: 'pat-001',
      encounterId: 'enc-1',
      fhirUser: 'PractitionerRole/gp',
      needPatientBanner: false,
      practiceList: false,
    });
  });

  it('is the practice worklist when no patient is in context and the token holds user-level referral scopes', () => {
    const practice = { scope: 'launch openid fhirUser user/ServiceRequest.rs user/Task.rs' };
    expect(launchContext(practice, null, server).practiceList).toBe(true);
    expect(launchContext({ ...practice, patient: 'pat-001' }, null, server).practiceList).toBe(false);
    expect(launchContext({ scope: 'launch patient/ServiceRequest.crus' }, null, server).practiceList).toBe(false);
  });

  it('never takes the user from a top-level token response field (SMART defines none)', () => {
    const token = { fhirUser: 'PractitionerRole/gp' } as Record<string, unknown>;
    expect(launchContext(token, null, server).fhirUser).toBeUndefined();
    expect(launchContext(token, { fhirUser: 'Practitioner/pract-gp' }, server).fhirUser).toBe('Practitioner/pract-gp');
  });

  it('shows the banner unless the EHR says it already does', () => {
    expect(launchContext({}, null, server).needPatientBanner).toBe(true);
    expect(launchContext({ need_patient_banner: 'false' }, null, server).needPatientBanner).toBe(true);
  });

  it('makes an absolute fhirUser on the same server relative, and refuses others', () => {
    expect(normaliseFhirUser(`${server}/PractitionerRole/adviser`, server)).toBe('PractitionerRole/adviser');
    expect(normaliseFhirUser('https://evil.example/fhir/PractitionerRole/x', server)).toBeUndefined();
    expect(normaliseFhirUser('Observation/1', server)).toBeUndefined();
    expect(normaliseFhirUser(42, server)).toBeUndefined();
  });

  it('ignores context ids that are not FHIR ids', () => {
    expect(launchContext({ patient: '../Patient/1?x=<y>' }, null, server).patientId).toBeUndefined();
  });
});
