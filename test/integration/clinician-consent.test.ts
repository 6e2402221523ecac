import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consent } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import type { FhirGateway } from '../../src/fhir/gateway';
import { PARTNERSHIP } from '../../src/config/partnership';
import { ReferralBlockedError, submitReferral } from '../../src/referral/submit';
import { startTestSandbox } from '../support/sandbox';
import { clinicianGateway, countByReferral, referralInput } from './clinician-support';

let sandbox: RunningSandbox;
let gp: FhirGateway;
const ADVICE = PARTNERSHIP.adviceOrganisation.reference;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  gp = await clinicianGateway(sandbox, { user: 'gp', patient: 'pat-001' });
});
afterAll(async () => {
  await sandbox.close();
});

const edits: [string, Parameters<typeof referralInput>[1], (c: Consent) => void][] = [
  ['refused', { agreesToReferral: false }, () => undefined],
  [
    'withdrawn',
    {},
    (c) => {
      c.status = 'inactive';
    },
  ],
  ['expired', { decidedAt: new Date(Date.now() - 2 * 365 * 86_400_000) }, () => undefined],
  [
    'other organisation',
    { adviceOrg: { reference: 'Organization/org-hospital', display: 'Hospital' } },
    () => undefined,
  ],
  ['other patient', { patientId: 'pat-002' }, () => undefined],
  [
    'deny provision',
    {},
    (c) => {
      c.provision!.provision![0]!.type = 'deny';
    },
  ],
  [
    'entered in error',
    {},
    (c) => {
      c.status = 'entered-in-error';
    },
  ],
  [
    'draft',
    {},
    (c) => {
      c.status = 'draft';
    },
  ],
];

describe('no referral is written without consent', () => {
  it.each(edits)('%s consent blocks the referral and nothing reaches the server', async (_name, over, edit) => {
    const input = referralInput('pat-001', over);
    if ('record' in input.consent) {
      edit(input.consent.record);
    }
    const failure = await submitReferral(gp, input, [], ADVICE).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ReferralBlockedError);
    expect((failure as ReferralBlockedError).decision?.reason).toBeTruthy();
    expect(await countByReferral(gp, 'ServiceRequest', input.parties.referralId)).toBe(0);
  });

  it('missing: no consent on record and none recorded', async () => {
    const input = { ...referralInput(), consent: { existing: 'Consent/none' } };
    const failure = await submitReferral(gp, input, [], ADVICE).catch((e: unknown) => e);
    expect((failure as ReferralBlockedError).decision?.refusal).toBe('missing');
    expect(await countByReferral(gp, 'ServiceRequest', input.parties.referralId)).toBe(0);
  });

  it('an existing consent on the server that was withdrawn blocks it too', async () => {
    const recorded = referralInput();
    if (!('record' in recorded.consent)) {
      throw new Error('expected a new consent');
    }
    const stored = await gp.create<Consent>({ ...recorded.consent.record, status: 'inactive' });
    const input = { ...referralInput(), consent: { existing: `Consent/${stored.id ?? ''}` } };
    const failure = await submitReferral(gp, input, [stored], ADVICE).catch((e: unknown) => e);
    expect((failure as ReferralBlockedError).decision?.refusal).toBe('withdrawn');
    expect(await countByReferral(gp, 'ServiceRequest', input.parties.referralId)).toBe(0);
  });

  it('an existing active consent on the server lets the referral through, without a new Consent', async () => {
    const recorded = referralInput();
    if (!('record' in recorded.consent)) {
      throw new Error('expected a new consent');
    }
    const stored = await gp.create<Consent>(recorded.consent.record);
    const input = { ...referralInput(), consent: { existing: `Consent/${stored.id ?? ''}` } };
    await submitReferral(gp, input, [stored], ADVICE);
    expect(await countByReferral(gp, 'ServiceRequest', input.parties.referralId)).toBe(1);
  });
});
