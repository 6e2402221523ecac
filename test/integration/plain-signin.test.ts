import type { PractitionerRole } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { loadSession } from '../../src/app/session';
import { startupProblem } from '../../src/app/startupProblem';
import { createGateway, type FhirGateway } from '../../src/fhir/gateway';
import { launchContext } from '../../src/smart/context';
import { SCOPES, type LaunchProfile } from '../../src/smart/scopes';
import { sandboxApi } from '../support/api';
import { startTestSandbox } from '../support/sandbox';
import { idTokenClaims, launchHeadless } from '../support/smart';

const LAUNCHES: { user: string; profile: LaunchProfile; patient?: string; encounter?: string; role: string }[] = [
  { user: 'gp', profile: 'clinician', patient: 'pat-001', role: 'gp' },
  { user: 'ward-nurse', profile: 'clinician', patient: 'pat-002', encounter: 'enc-ward-001', role: 'ward-nurse' },
  { user: 'adviser', profile: 'adviser', role: 'adviser' },
  { user: 'adviser-2', profile: 'adviser', role: 'adviser' },
  { user: 'lead', profile: 'lead', role: 'lead' },
];

/** What src/main.tsx does after the token: context from the token and id_token, session, /metadata, problems. */
async function signIn(
  sandbox: RunningSandbox,
  launch: (typeof LAUNCHES)[number],
): Promise<{ gateway: FhirGateway; session: Awaited<ReturnType<typeof loadSession>>; problem: unknown }> {
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
    user: launch.user,
    scope: SCOPES[launch.profile].join(' '),
    ...(launch.patient ? { patient: launch.patient } : {}),
    ...(launch.encounter ? { encounter: launch.encounter } : {}),
  });
  const gateway = createGateway({
    baseUrl: sandbox.urls.fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
  });
  const context = launchContext(token, idTokenClaims(token), sandbox.urls.fhirBase);
  const capabilities = gateway.capabilities();
  const session = await loadSession(gateway, context);
  return { gateway, session, problem: startupProblem(session, await capabilities) };
}

describe.each([
  { plainServer: false, mode: 'full answers' },
  { plainServer: true, mode: 'plain server' },
])('every role signs in, with $mode', ({ plainServer }) => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer });
  });
  afterAll(() => sandbox.close());

  it.each(LAUNCHES)('$user', async (launch) => {
    const { session, problem } = await signIn(sandbox, launch);
    expect(problem).toBeUndefined();
    expect(session.user?.role).toBe(launch.role);
    expect(session.user?.reference).toBe(`PractitionerRole/${launch.user}`);
    expect(session.patient?.id).toBe(launch.patient);
  });

  it('a PractitionerRole with only a SNOMED CT job role, as a real EHR has it, signs in as that HJP role', async () => {
    const api = await sandboxApi(sandbox);
    const created = await api<PractitionerRole | undefined>(
      'POST',
      'PractitionerRole',
      {
        resourceType: 'PractitionerRole',
        active: true,
        practitioner: { reference: 'Practitioner/pract-gp' },
        organization: { reference: 'Organization/org-gp-practice' },
        code: [{ coding: [{ system: 'http://snomed.info/sct', code: '62247001', display: 'General practitioner' }] }],
      },
      { Prefer: 'return=representation' },
    );
    expect(created.status).toBe(201);
    const id = created.body?.id ?? '';
    const { gateway } = await signIn(sandbox, LAUNCHES[0] ?? { user: 'gp', profile: 'clinician', role: 'gp' });
    const session = await loadSession(gateway, {
      patientId: 'pat-001',
      encounterId: undefined,
      needPatientBanner: true,
      fhirUser: `PractitionerRole/${id}`,
    });
    expect(session.user).toMatchObject({
      reference: `PractitionerRole/${id}`,
      role: 'gp',
      roleLabel: 'General practitioner',
    });
    expect(startupProblem(session, await gateway.capabilities())).toBeUndefined();
  });
});
