import { describe, expect, it } from 'vitest';
import type { Consent } from 'fhir/r4';
import { buildConsent, type ConsentInput } from './build';
import { consentDecision, type ConsentQuery } from './decision';

const NOW = new Date('2026-06-15T10:00:00Z');
const ORG = { reference: 'Organization/org-advice', display: 'Advice' };
const base: ConsentInput = {
  identifier: 'c-1',
  patientId: 'pat-001',
  recordingOrg: 'Organization/org-gp-practice',
  recordedBy: 'PractitionerRole/gp',
  method: 'verbal',
  agreesToReferral: true,
  agreesToEvidence: true,
  adviceOrg: ORG,
  decidedAt: new Date('2026-06-01T09:00:00Z'),
  periodMonths: 12,
};
const consent = (over: Partial<ConsentInput> = {}, edit: (c: Consent) => void = () => undefined): Consent => {
  const c = buildConsent({ ...base, ...over });
  edit(c);
  return c;
};
const referral: ConsentQuery = {
  patientId: 'pat-001',
  adviceOrg: ORG.reference,
  coverage: 'referral-details',
  now: NOW,
};
const evidence: ConsentQuery = { ...referral, coverage: 'medical-evidence' };

describe('consentDecision: what counts as consent', () => {
  it('allows an active, in-period consent for this patient and organisation, and says which', () => {
    const c = consent();
    const d = consentDecision([c], referral);
    expect(d).toMatchObject({ allowed: true, consent: c });
    expect(d.reason).toMatch(/agreed on 1 June 2026.*until 1 June 2027/);
    expect(consentDecision([c], evidence).allowed).toBe(true);
  });

  it.each<[string, Consent[], ConsentQuery, string]>([
    ['missing', [], referral, 'missing'],
    ['refused', [consent({ agreesToReferral: false })], referral, 'refused'],
    [
      'withdrawn (inactive)',
      [
        consent({}, (c) => {
          c.status = 'inactive';
        }),
      ],
      referral,
      'withdrawn',
    ],
    ['expired period', [consent({ decidedAt: new Date('2025-01-01T09:00:00Z') })], referral, 'expired'],
    [
      'not yet started',
      [
        consent({}, (c) => {
          c.provision!.period!.start = '2026-07-01';
        }),
      ],
      referral,
      'not-yet-started',
    ],
    [
      'other organisation',
      [consent({ adviceOrg: { reference: 'Organization/other', display: 'x' } })],
      referral,
      'other-organisation',
    ],
    ['other patient', [consent({ patientId: 'pat-002' })], referral, 'other-patient'],
    [
      'deny at the top level',
      [
        consent({}, (c) => {
          c.provision!.type = 'deny';
        }),
      ],
      referral,
      'denied',
    ],
    [
      'nested deny for the coverage',
      [
        consent({}, (c) => {
          c.provision!.provision![0]!.type = 'deny';
        }),
      ],
      referral,
      'denied',
    ],
    ['referral-only consent when evidence is asked', [consent({ agreesToEvidence: false })], evidence, 'denied'],
    [
      'consent that does not name evidence at all',
      [
        consent({}, (c) => {
          c.provision!.provision = c.provision!.provision!.slice(0, 1);
        }),
      ],
      evidence,
      'not-covered',
    ],
    [
      'entered in error',
      [
        consent({}, (c) => {
          c.status = 'entered-in-error';
        }),
      ],
      referral,
      'entered-in-error',
    ],
    [
      'draft',
      [
        consent({}, (c) => {
          c.status = 'draft';
        }),
      ],
      referral,
      'not-final',
    ],
    [
      'proposed',
      [
        consent({}, (c) => {
          c.status = 'proposed';
        }),
      ],
      referral,
      'not-final',
    ],
    [
      'actor without the recipient role',
      [
        consent({}, (c) => {
          c.provision!.actor![0]!.role = { text: 'x' };
        }),
      ],
      referral,
      'other-organisation',
    ],
    [
      'no period start',
      [
        consent({}, (c) => {
          delete c.provision!.period!.start;
        }),
      ],
      referral,
      'not-yet-started',
    ],
  ])('refuses: %s', (_name, consents, query, refusal) => {
    const d = consentDecision(consents, query);
    expect(d.allowed).toBe(false);
    if (d.allowed) {
      return;
    }
    expect(d.refusal).toBe(refusal);
    expect(d.reason.length).toBeGreaterThan(10);
    expect(d.whatToDo.length).toBeGreaterThan(5);
  });

  it('says the referrer must record evidence consent when only the referral is covered', () => {
    const d = consentDecision([consent({ agreesToEvidence: false })], evidence);
    expect(d.allowed).toBe(false);
    if (!d.allowed) {
      expect(d.whatToDo).toMatch(/referrer must ask the patient/);
    }
  });

  it('counts the end date as a whole day', () => {
    const c = consent({}, (x) => {
      x.provision!.period!.end = '2026-06-15';
    });
    expect(consentDecision([c], referral).allowed).toBe(true);
    expect(consentDecision([c], { ...referral, now: new Date('2026-06-16T00:00:01Z') }).allowed).toBe(false);
  });

  it('a later refusal supersedes an earlier agreement', () => {
    const earlier = consent({ identifier: 'a' });
    const later = consent({ identifier: 'b', agreesToReferral: false, decidedAt: new Date('2026-06-10T09:00:00Z') });
    const d = consentDecision([earlier, later], referral);
    expect(d.allowed).toBe(false);
    if (!d.allowed) {
      expect(d.refusal).toBe('superseded');
    }
  });

  it('a later agreement replaces an earlier withdrawal', () => {
    const withdrawn = consent({ identifier: 'a', decidedAt: new Date('2026-05-01T09:00:00Z') }, (c) => {
      c.status = 'inactive';
    });
    const fresh = consent({ identifier: 'b' });
    expect(consentDecision([withdrawn, fresh], referral)).toMatchObject({ allowed: true, consent: fresh });
  });

  it('finds the one good consent among bad ones and reports the closest refusal otherwise', () => {
    const good = consent({ identifier: 'good' });
    const bad = [
      consent({ patientId: 'pat-002' }),
      consent({ adviceOrg: { reference: 'Organization/x', display: 'x' } }),
    ];
    expect(consentDecision([...bad, good], referral)).toMatchObject({ allowed: true, consent: good });
    const d = consentDecision([...bad, consent({ decidedAt: new Date('2024-01-01T00:00:00Z') })], referral);
    expect(d.allowed ? 'allowed' : d.refusal).toBe('expired');
  });
});

describe('consentDecision: decisions per referral', () => {
  const open = consent({ identifier: 'open' });
  const refusedNewOnly = consent({
    identifier: 'new-no',
    agreesToReferral: false,
    onlyForReferral: 'ref-new',
    decidedAt: new Date('2026-06-10T09:00:00Z'),
  });

  it('a refusal of one new referral leaves the open referral’s consent in force', () => {
    expect(consentDecision([open, refusedNewOnly], referral)).toMatchObject({ allowed: true, consent: open });
    expect(consentDecision([open, refusedNewOnly], { ...referral, referral: 'ref-other' }).allowed).toBe(true);
  });

  it('but it blocks the referral it names', () => {
    const d = consentDecision([open, refusedNewOnly], { ...referral, referral: 'ref-new' });
    expect(d.allowed ? 'allowed' : d.refusal).toBe('superseded');
  });

  it('a later agreement for that referral wins over its refusal (refuse, then agree)', () => {
    const agreed = consent({ identifier: 'new-yes', decidedAt: new Date('2026-06-10T09:05:00Z') });
    const d = consentDecision([refusedNewOnly, agreed], { ...referral, referral: 'ref-new' });
    expect(d).toMatchObject({ allowed: true, consent: agreed });
  });

  it('a withdrawal is its own inactive record that names what it ends, and ends it', () => {
    const withdrawal = consent({
      identifier: 'w',
      withdraws: 'Consent/open',
      decidedAt: new Date('2026-06-10T09:00:00Z'),
    });
    expect(withdrawal.status).toBe('inactive');
    expect(withdrawal.sourceReference).toEqual({ reference: 'Consent/open' });
    const d = consentDecision([open, withdrawal], referral);
    expect(d.allowed ? 'allowed' : d.refusal).toBe('superseded');
  });
});
