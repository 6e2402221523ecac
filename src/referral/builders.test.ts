import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Resource, ServiceRequest, Task } from 'fhir/r4';
import type { Resource as MedplumResource } from '@medplum/fhirtypes';
import { loadValidator, type ResourceValidator } from '../../fhir-profiles/src/validation/index';
import { EXTENSION, REFERRAL_IDENTIFIER_SYSTEM, REFERRAL_REFERENCE_SYSTEM } from '../../fhir-profiles/src/terminology';
import { referralReference, shortReference } from '../domain/caseRef';
import { PARTNERSHIP } from '../config/partnership';
import { buildConsent } from '../domain/consent/build';
import { buildMessage } from '../domain/messages';
import { buildQuestionnaireResponse } from '../domain/screening/response';
import { checklistFixture } from '../domain/screening/fixture';
import { buildCancelTransaction, canCancel } from '../domain/referralCancel';
import { emptyReferralForm, referralFormProblems, type ReferralForm } from './form';
import { buildReferralTransaction, type ReferralTransactionInput } from './transaction';

let validator: ResourceValidator;
beforeAll(async () => {
  validator = await loadValidator(resolve(import.meta.dirname, '../../fhir-profiles/build/package'));
});
const problems = (r: Resource): string[] =>
  validator
    .validate(r as MedplumResource)
    .map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`);

const NOW = new Date('2026-06-15T10:00:00Z');
const RID = '0f0e0d0c-0b0a-4908-8706-050403020100';
const full: ReferralForm = {
  areas: ['housing', 'benefits'],
  priority: 'urgent',
  urgentReasons: ['eviction-or-court', 'no-money-food-heating'],
  contactMethods: ['phone', 'text'],
  safeToLeaveMessage: false,
  bestTimes: 'Mornings <b>only</b>',
  phone: '07700 900404',
  email: 'piotr@example.com',
  address: '4 Chapel Lane, Leeds, LS6 3AA',
  adviceMode: 'face-to-face',
  interpreterLanguage: 'pl',
  accessibilityNeeds: 'Step-free access',
  note: 'Court date next week.',
};
const consent = buildConsent({
  identifier: 'c1',
  patientId: 'pat-001',
  recordingOrg: 'Organization/org-gp-practice',
  recordedBy: 'PractitionerRole/gp',
  method: 'written',
  agreesToReferral: true,
  agreesToEvidence: true,
  adviceOrg: PARTNERSHIP.adviceOrganisation,
  decidedAt: NOW,
  periodMonths: 12,
});
const qr = buildQuestionnaireResponse({
  identifier: 's1',
  questionnaire: checklistFixture(),
  answers: { 'urgent-eviction': [{ valueCoding: { system: 'http://loinc.org', code: 'LA33-6', display: 'Yes' } }] },
  patientId: 'pat-002',
  encounterId: 'enc-ward-001',
  author: 'PractitionerRole/ward-nurse',
  authored: NOW,
  status: 'completed',
});
const input = (form: ReferralForm): ReferralTransactionInput => ({
  form,
  parties: {
    referralId: RID,
    patientId: 'pat-001',
    encounterId: undefined,
    requester: 'PractitionerRole/gp',
    adviceOrg: PARTNERSHIP.adviceOrganisation,
    now: NOW,
  },
  requesterOrg: 'Organization/org-gp-practice',
  questionnaireResponse: qr,
  consent: { record: consent },
});

describe('resource builders produce valid resources (checked by the validator)', () => {
  it('the consent, as agreed and as refused', () => {
    expect(problems(consent)).toEqual([]);
    expect(
      problems(
        buildConsent({
          ...{
            identifier: 'c2',
            patientId: 'p',
            recordingOrg: 'Organization/o',
            recordedBy: 'PractitionerRole/r',
            method: 'verbal',
            agreesToReferral: false,
            agreesToEvidence: false,
            adviceOrg: PARTNERSHIP.adviceOrganisation,
            decidedAt: NOW,
            periodMonths: 6,
          },
        }),
      ),
    ).toEqual([]);
  });

  it('the screening response keeps only enabled answers, with questionnaire canonical and encounter', () => {
    expect(problems(qr)).toEqual([]);
    expect(qr.questionnaire).toBe(`${PARTNERSHIP.questionnaire.url}|${PARTNERSHIP.questionnaire.version}`);
    expect(qr.item?.[0]?.item?.[0]?.linkId).toBe('urgent-eviction');
  });

  it.each<[string, ReferralForm]>([
    ['full urgent form', full],
    ['minimal routine form', { ...emptyReferralForm(), areas: ['debt'], contactMethods: ['letter'] }],
  ])('every entry of the referral transaction: %s', (_name, form) => {
    const bundle = buildReferralTransaction(input(form));
    expect(bundle.entry?.map((e) => e.resource?.resourceType)).toEqual([
      'QuestionnaireResponse',
      'Consent',
      'ServiceRequest',
      'Task',
      'Provenance',
    ]);
    for (const entry of bundle.entry ?? []) {
      expect(problems(entry.resource!)).toEqual([]);
    }
    expect(bundle.entry?.slice(0, 4).every((e) => e.request?.ifNoneExist?.startsWith('identifier='))).toBe(true);
    expect(problems(bundle)).toEqual([]);
  });

  it('puts the form on the ServiceRequest: reasons, urgency, contact, mode, interpreter, access, note', () => {
    const sr = buildReferralTransaction(input(full)).entry?.[2]?.resource as ServiceRequest;
    // The UUID, the referral's key; and the short reference people quote, read back as the referral's reference.
    expect(sr.identifier).toEqual([
      { system: REFERRAL_IDENTIFIER_SYSTEM, value: RID },
      { system: REFERRAL_REFERENCE_SYSTEM, value: shortReference(RID) },
    ]);
    expect(referralReference(sr)).toMatch(/^HJP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(sr.reasonCode?.map((c) => c.coding?.[0]?.code)).toEqual(['housing', 'benefits']);
    expect(sr.extension?.filter((e) => e.url === EXTENSION.urgentReason)).toHaveLength(2);
    expect(
      sr.extension?.find((e) => e.url === EXTENSION.interpreterLanguage)?.valueCodeableConcept?.coding?.[0]?.code,
    ).toBe('pl');
    const contact = sr.extension?.find((e) => e.url === EXTENSION.contactPreferences)?.extension;
    expect(contact).toHaveLength(7);
    expect(contact?.find((e) => e.url === 'address')?.valueAddress).toEqual({
      text: '4 Chapel Lane, Leeds, LS6 3AA',
      country: 'GB',
    });
    expect(sr.supportingInfo?.[0]?.type).toBe('Consent');
    // Urgent reasons are dropped when the clinician makes it routine (profile invariant hjp-ref-2).
    const routine = buildReferralTransaction(input({ ...full, priority: 'routine' })).entry?.[2]
      ?.resource as ServiceRequest;
    expect(routine.extension?.some((e) => e.url === EXTENSION.urgentReason)).toBe(false);
  });

  it('the cancel transaction: Task cancelled with reason, ServiceRequest revoked, both If-Match', () => {
    const bundle = buildReferralTransaction(input(full));
    const task = {
      ...(bundle.entry?.[3]?.resource as Task),
      id: 't1',
      meta: { versionId: '3' },
      focus: { reference: 'ServiceRequest/s1' },
    };
    const sr = {
      ...(bundle.entry?.[2]?.resource as ServiceRequest),
      id: 's1',
      meta: { versionId: '1' },
      supportingInfo: [{ reference: 'Consent/c1' }],
    };
    const cancel = buildCancelTransaction(task, sr, 'Sent for the wrong patient', NOW);
    expect(cancel.entry?.map((e) => e.request?.ifMatch)).toEqual(['W/"3"', 'W/"1"', undefined]);
    // Who cancelled is recorded in the same transaction: the Task links the Provenance naming the referrer.
    const provenance = cancel.entry?.[2];
    expect(provenance?.resource).toMatchObject({
      resourceType: 'Provenance',
      agent: [{ who: { reference: 'PractitionerRole/gp' } }],
    });
    expect((cancel.entry?.[0]?.resource as Task).relevantHistory?.at(-1)?.reference).toBe(provenance?.fullUrl);
    expect(cancel.entry?.[0]?.resource).toMatchObject({
      status: 'cancelled',
      statusReason: { text: 'Sent for the wrong patient' },
    });
    expect(cancel.entry?.[1]?.resource).toMatchObject({ status: 'revoked' });
    for (const entry of cancel.entry?.slice(0, 2) ?? []) {
      expect(problems(entry.resource!)).toEqual([]);
    }
    expect(() => buildCancelTransaction(task, sr, '  ', NOW)).toThrow(/reason/);
    expect(canCancel(task, 'PractitionerRole/gp')).toBe(true);
    expect(canCancel(task, 'PractitionerRole/ward-nurse')).toBe(false);
    expect(canCancel({ ...task, status: 'completed' }, 'PractitionerRole/gp')).toBe(false);
  });

  it('a reply message', () => {
    const message = buildMessage({
      identifier: 'm1',
      category: 'message',
      patientId: 'pat-001',
      about: ['Task/t1'],
      basedOn: 'ServiceRequest/s1',
      sender: 'PractitionerRole/gp',
      recipients: ['Organization/org-advice'],
      text: 'Thanks <script>',
      sent: NOW,
    });
    expect(problems(message)).toEqual([]);
    expect(message.payload).toEqual([{ contentString: 'Thanks <script>' }]);
  });
});

describe('referral form rules', () => {
  it('needs an area and a contact method; urgent reasons need urgent priority', () => {
    expect(referralFormProblems(emptyReferralForm()).map((p) => p.field)).toEqual(['areas', 'contactMethods']);
    expect(referralFormProblems({ ...full, priority: 'routine' }).map((p) => p.field)).toEqual(['priority']);
    expect(referralFormProblems(full)).toEqual([]);
  });
});
