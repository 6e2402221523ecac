import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { loadSession } from '../../src/app/session';
import { createGateway, type FhirGateway } from '../../src/fhir/gateway';
import { SCOPES } from '../../src/smart/scopes';
import { startTestSandbox } from '../support/sandbox';
import { launchHeadless } from '../support/smart';

let sandbox: RunningSandbox;
let gateway: FhirGateway;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
    user: 'gp',
    patient: 'pat-001',
    scope: SCOPES.clinician.join(' '),
  });
  gateway = createGateway({
    baseUrl: sandbox.urls.fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
  });
});
afterAll(async () => {
  await sandbox.close();
});

describe('loading the session with the clinician scopes', () => {
  const context = { patientId: 'pat-001', encounterId: undefined, needPatientBanner: true };

  it('reads the patient and the user named as a PractitionerRole', async () => {
    const session = await loadSession(gateway, { ...context, fhirUser: 'PractitionerRole/gp' });
    expect(session.patient?.id).toBe('pat-001');
    expect(session.user).toMatchObject({
      reference: 'PractitionerRole/gp',
      role: 'gp',
      organisation: { reference: 'Organization/org-gp-practice' },
    });
  });

  it('finds the role when the EHR names a Practitioner instead (as many EHRs do)', async () => {
    const session = await loadSession(gateway, { ...context, fhirUser: 'Practitioner/pract-gp' });
    expect(session.user).toMatchObject({ reference: 'PractitionerRole/gp', role: 'gp' });
    expect(session.user?.name).toMatch(/Mehta/);
  });

  it('knows nobody for a Practitioner without a role', async () => {
    const session = await loadSession(gateway, { ...context, fhirUser: 'Practitioner/nobody' });
    expect(session.user).toBeUndefined();
  });
});
