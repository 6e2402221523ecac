import { buildConsent } from '../../src/domain/consent/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { SCOPES } from '../../src/smart/scopes';
import { startTestSandbox } from '../support/sandbox';
import {
  authorizeRequest,
  discover,
  launcherRedirect,
  launchHeadless,
  pkcePair,
  tokenRequest,
  TEST_REDIRECT_URI,
} from '../support/smart';
import { Ledger, sandboxApiWithToken } from './support';

/** Tokens give no more than the user's role: no widening by asking, refreshing or editing the launch. */
let sandbox: RunningSandbox;
const ledger = new Ledger('Tokens and launches');

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

const resourceScopes = (scope: string): string[] => scope.split(' ').filter((s) => s.includes('/') && s.includes('.'));

describe('scope widening', () => {
  it('gives a GP who asks for user/*.cruds a GP’s scopes, and the adviser no writes beyond theirs', async () => {
    const gp = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
      user: 'gp',
      patient: 'pat-001',
      scope: 'launch openid fhirUser user/*.cruds patient/*.cruds',
    });
    expect(gp.scope).not.toContain('*');
    const allowed = new Set(SCOPES.clinician);
    expect(resourceScopes(gp.scope).filter((s) => !allowed.has(s))).toEqual([]);
    const api = sandboxApiWithToken(sandbox, gp.access_token);
    await ledger.status('GP with user/*.cruds reads a Condition', 'refused', api('GET', 'Condition/cond-002-copd'));
    await ledger.status('GP with user/*.cruds reads another patient', 'refused', api('GET', 'Patient/pat-002'));
    await ledger.status(
      'GP with user/*.cruds deletes a referral',
      'refused',
      api('DELETE', 'ServiceRequest/ref-01', undefined, { 'If-Match': 'W/"1"' }),
    );

    const adviser = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
      user: 'adviser',
      scope: 'launch user/Patient.cruds user/Condition.cruds user/Consent.cruds',
    });
    // An adviser may create only the client's case-study consent (report-rules.ts), never update one.
    expect(resourceScopes(adviser.scope).sort()).toEqual(['user/Condition.rs', 'user/Consent.crs', 'user/Patient.rs']);
    const advise = sandboxApiWithToken(sandbox, adviser.access_token);
    await ledger.status(
      'adviser with user/Consent.cruds writes a referral Consent',
      'refused',
      advise(
        'POST',
        'Consent',
        buildConsent({
          identifier: 'adviser-widening',
          patientId: 'pat-004',
          recordingOrg: 'Organization/org-advice',
          recordedBy: 'PractitionerRole/adviser',
          method: 'verbal',
          agreesToReferral: true,
          agreesToEvidence: true,
          adviceOrg: { reference: 'Organization/org-advice', display: 'Northbrook Welfare Rights Advice' },
          decidedAt: new Date(),
          periodMonths: 12,
        }),
      ),
    );
    await ledger.status(
      'adviser with user/Consent.cruds updates a Consent',
      'refused',
      advise('PUT', 'Consent/consent-04', { resourceType: 'Consent', id: 'consent-04' }, { 'If-Match': 'W/"1"' }),
    );
  });

  it('refuses a refresh that asks for more', async () => {
    const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
      user: 'gp',
      patient: 'pat-001',
      scope: `${SCOPES.clinician.join(' ')} offline_access`,
      clientId: 'widening-app',
    });
    const { token_endpoint } = await discover(sandbox.urls.fhirBase);
    const res = await tokenRequest(token_endpoint, {
      grant_type: 'refresh_token',
      refresh_token: token.refresh_token ?? '',
      client_id: 'widening-app',
      scope: `${token.scope} user/Condition.rs`,
    });
    await ledger.status(
      'refresh asking for user/Condition.rs',
      'refused',
      res.json().then((body: unknown) => ({
        status: res.status,
        headers: res.headers,
        body: { resourceType: 'OperationOutcome', issue: [{ details: { text: (body as { error: string }).error } }] },
      })),
      400,
    );
  });
});

describe('the launch parameter', () => {
  async function authorizeWith(launch: string): Promise<URLSearchParams> {
    const config = await discover(sandbox.urls.fhirBase);
    const { challenge } = pkcePair();
    const res = await authorizeRequest(config.authorization_endpoint, {
      response_type: 'code',
      client_id: 'launch-edit-app',
      redirect_uri: TEST_REDIRECT_URI,
      scope: SCOPES.clinician.join(' '),
      state: 'edited',
      aud: sandbox.urls.fhirBase,
      launch,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    return new URL(res.headers.get('location') ?? 'http://x/').searchParams;
  }

  it('is opaque: it names no one, and an edited or made-up one gives no code', async () => {
    const { launch } = await launcherRedirect(sandbox.urls.origin, { user: 'gp', patient: 'pat-001' });
    expect(Buffer.from(launch, 'base64url').toString('latin1')).not.toMatch(/gp|pat-001/);
    const made = Buffer.from(
      JSON.stringify({ user: 'adviser', patient: 'pat-002', needPatientBanner: false, issuedAt: Date.now() }),
    ).toString('base64url');
    const flipped = `${launch.slice(0, -2)}${launch.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const [attempt, value] of [
      ['a hand-made launch naming another user and patient', made],
      ['a launch with two characters changed', flipped],
    ] as const) {
      const back = await authorizeWith(value);
      await ledger.status(
        attempt,
        'refused',
        Promise.resolve({
          status: back.get('code') === null ? 400 : 302,
          headers: new Headers(),
          body: { resourceType: 'OperationOutcome', issue: [{ details: { text: back.get('error_description') } }] },
        }),
        400,
      );
    }
    const genuine = await authorizeWith(launch);
    expect(genuine.get('code')).toBeTruthy();
  });
});
