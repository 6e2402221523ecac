import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Bundle, ServiceRequest } from '@medplum/fhirtypes';
import type { Consent as R4Consent } from 'fhir/r4';
import { REFERRAL_IDENTIFIER_SYSTEM } from '../../fhir-profiles/src/terminology';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { PARTNERSHIP } from '../../src/config/partnership';
import { buildConsent } from '../../src/domain/consent/build';
import { startTestSandbox } from '../support/sandbox';
import type { Api } from '../support/api';
import { appLaunch, Ledger, setupApi } from './support';

/**
 * Consent decisions are per referral (access model): a refusal of ONE new referral blocks that
 * referral and no other; the open referral's consent stays in force for the adviser. Mr Okafor
 * (pat-003) has an open case (03) under referral + evidence consent.
 */
let sandbox: RunningSandbox;
let admin: Api;
const ledger = new Ledger('A refusal of one new referral');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

function refusalOf(referralId: string): R4Consent {
  return buildConsent({
    identifier: randomUUID(),
    patientId: 'pat-003',
    recordingOrg: 'Organization/org-gp-practice',
    recordedBy: 'PractitionerRole/gp',
    method: 'verbal',
    agreesToReferral: false,
    agreesToEvidence: false,
    adviceOrg: PARTNERSHIP.adviceOrganisation,
    decidedAt: new Date(),
    periodMonths: 12,
    onlyForReferral: referralId,
  });
}

async function referralLinking(consent: string, referralId: string): Promise<ServiceRequest> {
  const request = (await admin<ServiceRequest>('GET', 'ServiceRequest/ref-03')).body;
  return {
    ...request,
    id: undefined,
    meta: { profile: request.meta?.profile },
    status: 'active',
    identifier: [{ system: REFERRAL_IDENTIFIER_SYSTEM, value: referralId }],
    supportingInfo: [{ reference: consent, type: 'Consent' }],
  };
}

describe('a refusal recorded for one new referral', () => {
  it('stops that referral, leaves the open one’s consent to the adviser and lets another referral through', async () => {
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-003')).api;
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    const refusedReferral = randomUUID();
    await ledger.status(
      'record a refusal of one new referral',
      'allowed',
      gp('POST', 'Consent', refusalOf(refusedReferral)),
    );
    await ledger.status(
      'send the refused referral linking the open referral’s consent',
      'refused',
      gp('POST', 'ServiceRequest', await referralLinking('Consent/consent-03', refusedReferral)),
    );
    await ledger.search(
      'adviser reads the open referral’s screening after that refusal',
      'allowed',
      'QuestionnaireResponse',
      adviser<Bundle>('GET', 'QuestionnaireResponse?_id=qr-03'),
    );
    await ledger.status(
      'send another new referral under the consent in force',
      'allowed',
      gp('POST', 'ServiceRequest', await referralLinking('Consent/consent-03', randomUUID())),
    );
  });
});
