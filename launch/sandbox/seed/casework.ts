import type { Communication, Consent, QuestionnaireResponse, Resource, ServiceRequest, Task } from '@medplum/fhirtypes';
import {
  BUSINESS_STAGE,
  COMMUNICATION_CATEGORY,
  EXTENSION,
  EXTERNAL,
  PROFILE,
  REFERRAL_CATEGORY,
  TASK_TYPE,
  URGENT_REASON,
  WELFARE_LAW_AREA,
  WELFARE_QUESTIONNAIRE,
  localCoding,
  type BusinessStage,
  type ReferralTaskStatus,
  type UrgentReason,
  type WelfareLawArea,
} from '../../../fhir-profiles/src/terminology';
import { CONSENT_COVERAGE, CONSENT_METHOD, OUTPUT_TYPE } from '../../../fhir-profiles/src/code-systems-casework';
import { caseOutputs } from '../../../src/outcomes/outcomeOutputs';
import { caseworkDayResources } from './casework-day';
import { referralIdentifiers } from '../../../src/domain/caseRef';
import { before, ref } from './support';

/** A seed referral's UUID, its key: 5eed0000-0000-4000-8000-0000000000NN (case 04's short reference is HJP-0000-0004). */
const seedReferralId = (n: string): string => `5eed0000-0000-4000-8000-0000000000${n}`;

/**
 * Issue 5 seed: the advice service's caseload. Eleven referrals (ServiceRequest + referral Task +
 * Consent + QuestionnaireResponse each) in every status an adviser meets, urgent and routine,
 * across the areas of law, with messages, an open and an answered evidence request, a withdrawn
 * consent and an expired one. Ids: ref-NN, task-NN, consent-NN, qr-NN (see SEED.md).
 */
type ConsentState = 'both' | 'referral-only' | 'withdrawn' | 'expired';

interface CaseSpec {
  n: string;
  patient: string;
  referrer: 'gp' | 'ward-nurse';
  areas: WelfareLawArea[];
  urgent?: UrgentReason[];
  status: ReferralTaskStatus;
  stage?: BusinessStage;
  reason?: string;
  daysAgo: number;
  consent: ConsentState;
  note: string;
}

const CASES: readonly CaseSpec[] = [
  {
    n: '01',
    patient: 'pat-001',
    referrer: 'gp',
    areas: ['benefits', 'debt'],
    urgent: ['no-money-food-heating'],
    status: 'requested',
    daysAgo: 1,
    consent: 'both',
    note: 'Universal Credit stopped after a missed appointment; no money for food this week.',
  },
  {
    n: '02',
    patient: 'pat-002',
    referrer: 'ward-nurse',
    areas: ['housing'],
    urgent: ['eviction-or-court'],
    status: 'requested',
    daysAgo: 2,
    consent: 'referral-only',
    note: 'Possession hearing next week while he is on the ward.',
  },
  {
    n: '03',
    patient: 'pat-003',
    referrer: 'gp',
    areas: ['employment'],
    status: 'accepted',
    stage: 'awaiting-contact',
    daysAgo: 6,
    consent: 'both',
    note: 'Zero-hours employer cut shifts after asthma absences.',
  },
  {
    n: '04',
    patient: 'pat-004',
    referrer: 'gp',
    areas: ['benefits'],
    status: 'in-progress',
    stage: 'casework',
    daysAgo: 20,
    consent: 'both',
    note: 'PIP refused; wants to challenge. Needs a Polish interpreter.',
  },
  {
    n: '05',
    patient: 'pat-005',
    referrer: 'gp',
    areas: ['benefits', 'community-care'],
    status: 'in-progress',
    stage: 'awaiting-decision',
    daysAgo: 35,
    consent: 'both',
    note: 'Struggling at home after a fall; may qualify for Attendance Allowance.',
  },
  {
    n: '06',
    patient: 'pat-006',
    referrer: 'gp',
    areas: ['benefits'],
    status: 'on-hold',
    stage: 'contacted',
    daysAgo: 28,
    consent: 'withdrawn',
    note: 'Carer for her mother; may be entitled to Carer\u2019s Allowance.',
  },
  {
    n: '07',
    patient: 'pat-007',
    referrer: 'gp',
    areas: ['debt', 'benefits'],
    status: 'completed',
    stage: 'closed',
    daysAgo: 400,
    consent: 'expired',
    note: 'Off work with cancer treatment; rent and council tax arrears.',
  },
  {
    n: '08',
    patient: 'pat-008',
    referrer: 'gp',
    areas: ['immigration'],
    status: 'rejected',
    stage: 'closed',
    reason: 'We do not give immigration advice; referred to the regional immigration advice charity.',
    daysAgo: 12,
    consent: 'both',
    note: 'Worried about status renewal.',
  },
  {
    n: '09',
    patient: 'pat-001',
    referrer: 'gp',
    areas: ['housing'],
    status: 'cancelled',
    stage: 'closed',
    reason: 'Sent in error: duplicate of another referral.',
    daysAgo: 9,
    consent: 'both',
    note: 'Damp and mould in the flat.',
  },
  {
    n: '10',
    patient: 'pat-003',
    referrer: 'gp',
    areas: ['education'],
    status: 'failed',
    stage: 'closed',
    reason: 'We could not reach the client after three attempts by phone and letter.',
    daysAgo: 60,
    consent: 'both',
    note: 'College bursary refused.',
  },
  {
    n: '11',
    patient: 'pat-008',
    referrer: 'gp',
    areas: ['debt'],
    urgent: ['utility-disconnection'],
    status: 'accepted',
    stage: 'contacted',
    daysAgo: 3,
    consent: 'both',
    note: 'Energy supplier threatens to fit a prepayment meter.',
  },
];

const ORG_OF = { gp: 'org-gp-practice', 'ward-nurse': 'org-hospital' } as const;
const day = (iso: string): string => iso.slice(0, 10);
const coverage = (
  code: 'referral-details' | 'medical-evidence',
  type: 'permit' | 'deny',
): NonNullable<NonNullable<Consent['provision']>['provision']>[number] => ({
  type,
  code: [{ coding: [localCoding(CONSENT_COVERAGE, code)] }],
});

function consent(c: CaseSpec, now: Date): Consent {
  const recorded = before(now, c.daysAgo, 1);
  const expired = c.consent === 'expired';
  return {
    resourceType: 'Consent',
    id: `consent-${c.n}`,
    meta: { profile: [PROFILE.consent] },
    extension: [
      { url: EXTENSION.consentRecordedBy, valueReference: ref('PractitionerRole', c.referrer) },
      { url: EXTENSION.consentMethod, valueCoding: localCoding(CONSENT_METHOD, 'verbal') },
    ],
    status: c.consent === 'withdrawn' ? 'inactive' : 'active',
    scope: { coding: [EXTERNAL.consentScope] },
    category: [{ coding: [EXTERNAL.consentCategory] }],
    patient: ref('Patient', c.patient),
    dateTime: recorded,
    performer: [ref('Patient', c.patient)],
    organization: [ref('Organization', ORG_OF[c.referrer])],
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    provision: {
      type: 'permit',
      period: { start: day(recorded), end: expired ? day(before(now, 35)) : day(before(now, c.daysAgo - 365)) },
      actor: [{ role: { coding: [EXTERNAL.recipientRole] }, reference: ref('Organization', 'org-advice') }],
      provision: [
        coverage('referral-details', 'permit'),
        coverage('medical-evidence', c.consent === 'referral-only' ? 'deny' : 'permit'),
      ],
    },
  };
}

function answer(yes: boolean): { valueCoding: { system: string; code: string; display: string } } {
  return { valueCoding: { system: 'http://loinc.org', code: yes ? 'LA33-6' : 'LA32-8', display: yes ? 'Yes' : 'No' } };
}

function questionnaireResponse(c: CaseSpec, now: Date): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id: `qr-${c.n}`,
    questionnaire: WELFARE_QUESTIONNAIRE.canonical,
    status: 'completed',
    subject: ref('Patient', c.patient),
    ...(c.referrer === 'ward-nurse' ? { encounter: ref('Encounter', 'enc-ward-001') } : {}),
    authored: before(now, c.daysAgo, 2),
    author: ref('PractitionerRole', c.referrer),
    item: [
      {
        linkId: 'urgent',
        item: [
          { linkId: 'urgent-eviction', answer: [answer(c.urgent?.includes('eviction-or-court') ?? false)] },
          { linkId: 'urgent-no-money', answer: [answer(c.urgent?.includes('no-money-food-heating') ?? false)] },
        ],
      },
      { linkId: 'benefits', item: [{ linkId: 'benefits-ends-meet', answer: [answer(c.areas.includes('benefits'))] }] },
    ],
  };
}

function referral(c: CaseSpec, now: Date): ServiceRequest {
  const closed = ['completed', 'rejected', 'failed'].includes(c.status);
  return {
    resourceType: 'ServiceRequest',
    id: `ref-${c.n}`,
    meta: { profile: [PROFILE.referral] },
    extension: [
      ...(c.urgent ?? []).map((r) => ({ url: EXTENSION.urgentReason, valueCoding: localCoding(URGENT_REASON, r) })),
      ...(c.patient === 'pat-004'
        ? [
            {
              url: EXTENSION.interpreterLanguage,
              valueCodeableConcept: { coding: [{ system: 'urn:ietf:bcp:47', code: 'pl', display: 'Polish' }] },
            },
          ]
        : []),
    ],
    identifier: referralIdentifiers(seedReferralId(c.n)),
    status: serviceRequestStatus(c.status, closed),
    intent: 'order',
    category: [{ coding: [localCoding(REFERRAL_CATEGORY, 'welfare-rights-advice')] }],
    code: { coding: [EXTERNAL.referralCode] },
    priority: c.urgent ? 'urgent' : 'routine',
    subject: ref('Patient', c.patient),
    ...(c.referrer === 'ward-nurse' ? { encounter: ref('Encounter', 'enc-ward-001') } : {}),
    authoredOn: before(now, c.daysAgo),
    requester: ref('PractitionerRole', c.referrer),
    performer: [ref('Organization', 'org-advice', 'Northbrook Welfare Rights Advice')],
    reasonCode: c.areas.map((a) => ({ coding: [localCoding(WELFARE_LAW_AREA, a)] })),
    supportingInfo: [ref('Consent', `consent-${c.n}`), ref('QuestionnaireResponse', `qr-${c.n}`)],
    note: [{ text: c.note }],
  };
}

function referralTask(c: CaseSpec, now: Date): Task {
  return {
    resourceType: 'Task',
    id: `task-${c.n}`,
    meta: { profile: [PROFILE.referralTask] },
    status: c.status,
    ...(c.reason ? { statusReason: { text: c.reason } } : {}),
    ...(c.stage ? { businessStatus: { coding: [localCoding(BUSINESS_STAGE, c.stage)] } } : {}),
    intent: 'order',
    priority: c.urgent ? 'urgent' : 'routine',
    code: { coding: [EXTERNAL.taskFulfill] },
    focus: ref('ServiceRequest', `ref-${c.n}`),
    for: ref('Patient', c.patient),
    authoredOn: before(now, c.daysAgo),
    lastModified: before(now, Math.max(0, c.daysAgo - 2)),
    requester: ref('PractitionerRole', c.referrer),
    owner: ref('Organization', 'org-advice', 'Northbrook Welfare Rights Advice'),
    ...(c.status === 'completed'
      ? {
          output: caseOutputs({
            assistanceLevel: 'advice-with-casework',
            sessions: 4,
            outcomes: [
              {
                type: 'benefit-awarded',
                benefit: 'Personal Independence Payment (daily living, enhanced)',
                weeklyPence: 10_855,
              },
              { type: 'backdated-arrears', amountPence: 141_115, benefit: 'Personal Independence Payment' },
              { type: 'debt-written-off', amountPence: 186_000 },
            ],
          }) as Task['output'],
        }
      : {}),
  };
}

interface MessageSpec {
  id: string;
  n: string;
  from: string;
  to: string;
  daysAgo: number;
  text: string;
  category?: 'message' | 'evidence' | 'outcome-feedback';
  alsoAbout?: string;
}

const MESSAGES: readonly MessageSpec[] = [
  {
    id: 'msg-03-1',
    n: '03',
    from: 'adviser',
    to: 'gp',
    daysAgo: 5,
    text: 'Thank you for the referral. We will phone Mr Okafor this week.',
  },
  {
    id: 'msg-04-1',
    n: '04',
    from: 'adviser',
    to: 'gp',
    daysAgo: 18,
    text: 'We have booked an interpreter and started the mandatory reconsideration.',
  },
  {
    id: 'msg-04-2',
    n: '04',
    from: 'gp',
    to: 'adviser',
    daysAgo: 17,
    text: 'Thank you. Let me know if you need anything from us.',
  },
  {
    id: 'msg-05-1',
    n: '05',
    from: 'gp',
    to: 'adviser',
    daysAgo: 25,
    category: 'evidence',
    alsoAbout: 'evid-05',
    text: 'Letter attached summarising her mobility since the fall and her diabetes care.',
  },
  {
    id: 'msg-07-1',
    n: '07',
    from: 'adviser',
    to: 'gp',
    daysAgo: 300,
    category: 'outcome-feedback',
    text: 'Case closed. PIP awarded at the enhanced daily living rate (£5,644.60 a year), £1,411.15 arrears, and £1,860.00 of council tax arrears written off.',
  },
];

function message(m: MessageSpec, c: CaseSpec, now: Date): Communication {
  const who = (id: string): Communication['sender'] => ref('PractitionerRole', id);
  return {
    resourceType: 'Communication',
    id: m.id,
    meta: { profile: [PROFILE.message] },
    status: 'completed',
    category: [{ coding: [localCoding(COMMUNICATION_CATEGORY, m.category ?? 'message')] }],
    subject: ref('Patient', c.patient),
    about: [ref('Task', `task-${m.n}`), ...(m.alsoAbout ? [ref('Task', m.alsoAbout)] : [])],
    basedOn: [ref('ServiceRequest', `ref-${m.n}`)],
    sender: who(m.from),
    recipient: [who(m.to) as NonNullable<Communication['recipient']>[number]],
    sent: before(now, m.daysAgo),
    payload: [{ contentString: m.text }],
  };
}

function evidenceRequest(id: string, c: CaseSpec, now: Date, answeredBy?: string): Task {
  return {
    resourceType: 'Task',
    id,
    meta: { profile: [PROFILE.evidenceRequest] },
    status: answeredBy ? 'completed' : 'requested',
    intent: 'order',
    code: { coding: [localCoding(TASK_TYPE, 'medical-evidence')] },
    focus: ref('ServiceRequest', `ref-${c.n}`),
    partOf: [ref('Task', `task-${c.n}`)],
    for: ref('Patient', c.patient),
    authoredOn: before(now, answeredBy ? 30 : 4),
    requester: ref('PractitionerRole', 'adviser'),
    owner: ref('PractitionerRole', c.referrer),
    description: answeredBy
      ? 'A short letter on how the fall and diabetes affect her daily living, for an Attendance Allowance claim.'
      : 'A letter confirming her rheumatoid arthritis diagnosis and how it limits walking and preparing food, for the PIP reconsideration.',
    restriction: { period: { end: day(before(now, answeredBy ? 20 : -10)) } },
    ...(answeredBy
      ? {
          output: [
            {
              type: { coding: [localCoding(OUTPUT_TYPE, 'evidence-response')] },
              valueReference: ref('Communication', answeredBy),
            },
          ],
        }
      : {}),
  };
}

export function caseworkResources(now: Date): Resource[] {
  const byN = new Map(CASES.map((c) => [c.n, c]));
  const get = (n: string): CaseSpec => {
    const c = byN.get(n);
    if (!c) {
      throw new Error(`no seed case ${n}`);
    }
    return c;
  };
  return [
    ...CASES.flatMap((c) => [consent(c, now), questionnaireResponse(c, now), referral(c, now), referralTask(c, now)]),
    ...MESSAGES.map((m) => message(m, get(m.n), now)),
    evidenceRequest('evid-04', get('04'), now),
    evidenceRequest('evid-05', get('05'), now, 'msg-05-1'),
    ...caseworkDayResources(now),
  ];
}

/** The referral's own status that goes with its Task's: revoked when cancelled, completed once closed. */
function serviceRequestStatus(taskStatus: string, closed: boolean): 'revoked' | 'completed' | 'active' {
  if (taskStatus === 'cancelled') {
    return 'revoked';
  }
  return closed ? 'completed' : 'active';
}
