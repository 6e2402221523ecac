import { describe, expect, it } from 'vitest';
import type { Consent, Provenance } from 'fhir/r4';
import { buildConsent } from '../domain/consent/build';
import { consentDecision, referralScope } from '../domain/consent/decision';
import { refusalSaved, withdrawQuestion } from './decisionMessage';
import { decisionBundle, planDecision, type DecisionContext, type OpenReferralConsent } from './decisionPlan';
import type { ConsentForm } from './form';
import { linkedConsent, withdrawalOf, withdrawalText } from './withdrawal';

const ORG = { reference: 'Organization/org-advice', display: 'Northbrook Welfare Rights Advice' };
const ctx: DecisionContext = {
  identifier: '8c5e1f3a-0000-4000-8000-000000000001',
  referralId: 'new-referral',
  patientId: 'pat-003',
  recordingOrg: 'Organization/org-gp-practice',
  recordedBy: 'PractitionerRole/gp',
  adviceOrg: ORG,
  periodMonths: 12,
  now: new Date('2026-12-01T10:00:00Z'),
};
const openConsent: Consent = {
  ...buildConsent({
    identifier: 'open',
    patientId: 'pat-003',
    recordingOrg: ctx.recordingOrg,
    recordedBy: ctx.recordedBy,
    method: 'written',
    agreesToReferral: true,
    agreesToEvidence: true,
    adviceOrg: ORG,
    decidedAt: new Date('2026-10-01T10:00:00Z'),
    periodMonths: 12,
  }),
  id: 'consent-03',
};
const open: OpenReferralConsent = { consent: openConsent, sentOn: ['2026-10-01T10:00:00Z'] };
const refuse: ConsentForm = { agreesToReferral: 'no', agreesToEvidence: undefined, method: 'verbal' };
const query = { patientId: 'pat-003', adviceOrg: ORG.reference, coverage: 'referral-details' as const, now: ctx.now };

describe('planDecision: what Save writes', () => {
  it('an agreement is saved as an agreement (Save saves whatever is chosen)', () => {
    const plan = planDecision({ agreesToReferral: 'yes', agreesToEvidence: 'no', method: 'verbal' }, ctx, open);
    expect(plan?.agrees).toBe(true);
    expect(plan?.decision.status).toBe('active');
    expect(plan?.withdrawal).toBeUndefined();
  });

  it('waits for the withdrawal answer when a referral is open', () => {
    expect(planDecision(refuse, ctx, open)).toBeUndefined();
    expect(planDecision(refuse, ctx, undefined)).toBeDefined();
  });

  it('"this new referral only": a refusal naming the new referral; the open consent stays in force', () => {
    const plan = planDecision({ ...refuse, withdrawOpen: 'no' }, ctx, open);
    expect(plan?.decision.status).toBe('rejected');
    expect(referralScope(plan!.decision)).toBe('new-referral');
    expect(plan?.withdrawal).toBeUndefined();
    expect(consentDecision([openConsent, plan!.decision], query)).toMatchObject({ allowed: true });
    expect(consentDecision([openConsent, plan!.decision], { ...query, referral: 'new-referral' }).allowed).toBe(false);
    expect(decisionBundle(plan!, ctx).entry).toHaveLength(1);
  });

  it('"withdraw too": its own inactive record naming the open consent, with a Provenance; the open consent ends', () => {
    const plan = planDecision({ ...refuse, withdrawOpen: 'yes' }, ctx, open);
    const withdrawal = plan?.withdrawal?.record;
    expect(withdrawal?.status).toBe('inactive');
    expect(withdrawal?.sourceReference?.reference).toBe('Consent/consent-03');
    expect(withdrawal?.identifier?.[0]?.value).not.toBe(plan?.decision.identifier?.[0]?.value);
    expect(consentDecision([openConsent, plan!.decision, withdrawal!], query).allowed).toBe(false);
    const entries = decisionBundle(plan!, ctx).entry ?? [];
    expect(entries.map((e) => e.resource?.resourceType)).toEqual(['Consent', 'Consent', 'Provenance']);
    expect(entries.every((e) => e.request?.ifNoneExist)).toBe(true);
    const provenance = entries[2]?.resource as Provenance | undefined;
    expect(provenance?.target.map((t) => t.reference)).toContain('Consent/consent-03');
  });
});

describe('the words', () => {
  it('asks which open referral a refusal may affect, by the date it was sent', () => {
    expect(withdrawQuestion(open)).toBe('Does this also withdraw the consent for the referral sent on 1 October 2026?');
  });

  it('says exactly what was shared or withdrawn', () => {
    const only = refusalSaved(planDecision({ ...refuse, withdrawOpen: 'no' }, ctx, open)!, open, ORG.display);
    expect(only.message).toMatch(/nothing about it was shared/);
    expect(only.message).toMatch(/consent for the referral sent on 1 October 2026 is unchanged/);
    const both = refusalSaved(planDecision({ ...refuse, withdrawOpen: 'yes' }, ctx, open)!, open, ORG.display);
    expect(both.title).toBe('Decision saved and consent withdrawn');
    expect(both.message).toMatch(/referral sent on 1 October 2026 has been withdrawn: .* can no longer see/);
  });
});

describe('the withdrawal as the referrer sees it on the referral', () => {
  it('finds the inactive record that names the referral’s consent, and says when', () => {
    const plan = planDecision({ ...refuse, withdrawOpen: 'yes' }, ctx, open);
    const record = { ...plan!.withdrawal!.record, id: 'w-1' };
    const request = {
      resourceType: 'ServiceRequest' as const,
      status: 'active' as const,
      intent: 'order' as const,
      subject: { reference: 'Patient/pat-003' },
      supportingInfo: [{ reference: 'Consent/consent-03' }, { reference: 'QuestionnaireResponse/qr-03' }],
    };
    expect(linkedConsent(request)).toBe('Consent/consent-03');
    expect(withdrawalOf([openConsent, record], 'Consent/consent-03')).toBe(record);
    expect(withdrawalOf([openConsent], 'Consent/consent-03')).toBeUndefined();
    expect(withdrawalText(record, ORG.display)).toMatch(
      /^The patient withdrew their consent for this referral on 1 December 2026\./,
    );
  });
});
