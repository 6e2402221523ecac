import { describe, expect, it } from 'vitest';
import { launchContext, normaliseFhirUser } from './context';

const server = 'http://127.0.0.1:4010/fhir';

describe('launch context', () => {
  it('reads patient, encounter, user and banner flag from the token response', () => {
    expect(
      launchContext(
        { patient: 'pat-001', encounter: 'enc-1', fhirUser: 'PractitionerRole/gp', need_patient_banner: false },
        server,
      ),
    ).toEqual({
      patientId: 'pat-001',
      encounterId: 'enc-1',
      fhirUser: 'PractitionerRole/gp',
      needPatientBanner: false,
    });
  });

  it('shows the banner unless the EHR says it already does', () => {
    expect(launchContext({}, server).needPatientBanner).toBe(true);
    expect(launchContext({ need_patient_banner: 'false' }, server).needPatientBanner).toBe(true);
  });

  it('makes an absolute fhirUser on the same server relative, and refuses others', () => {
    expect(normaliseFhirUser(`${server}/PractitionerRole/adviser`, server)).toBe('PractitionerRole/adviser');
    expect(normaliseFhirUser('https://evil.example/fhir/PractitionerRole/x', server)).toBeUndefined();
    expect(normaliseFhirUser('Observation/1', server)).toBeUndefined();
    expect(normaliseFhirUser(42, server)).toBeUndefined();
  });

  it('ignores context ids that are not FHIR ids', () => {
    expect(launchContext({ patient: '../Patient/1?x=<y>' }, server).patientId).toBeUndefined();
  });
});
