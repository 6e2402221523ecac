import type { Extension, Reference, ServiceRequest, Task } from 'fhir/r4';
import {
  ADVICE_MODE,
  BUSINESS_STAGE,
  CONTACT_METHOD,
  CONTACT_PREFERENCES_PART,
  EXTENSION,
  EXTERNAL,
  PROFILE,
  REFERRAL_CATEGORY,
  REFERRAL_IDENTIFIER_SYSTEM,
  URGENT_REASON,
  WELFARE_LAW_AREA,
  localCoding,
} from '../../fhir-profiles/src/terminology';
import { referralIdentifiers } from '../domain/caseRef';
import { INTERPRETER_LANGUAGES, type ReferralForm } from './form';

export interface ReferralParties {
  /** The client-assigned referral id (UUID), made once per draft. */
  referralId: string;
  patientId: string;
  encounterId: string | undefined;
  /** "PractitionerRole/<id>". */
  requester: string;
  adviceOrg: { reference: string; display: string };
  now: Date;
  /** A ward launch: the encounter's ward (Location), named on the referral for the adviser. */
  ward?: { reference: string; display: string } | undefined;
}

const BCP47 = 'urn:ietf:bcp:47';

function contactPreferences(form: ReferralForm): Extension | undefined {
  const parts: Extension[] = [
    ...form.contactMethods.map((m) => ({
      url: CONTACT_PREFERENCES_PART.method,
      valueCoding: localCoding(CONTACT_METHOD, m),
    })),
    ...(form.safeToLeaveMessage === undefined
      ? []
      : [{ url: CONTACT_PREFERENCES_PART.safeToLeaveMessage, valueBoolean: form.safeToLeaveMessage }]),
    ...(form.bestTimes.trim() ? [{ url: CONTACT_PREFERENCES_PART.bestTimes, valueString: form.bestTimes.trim() }] : []),
    ...(form.phone.trim() ? [{ url: CONTACT_PREFERENCES_PART.phone, valueString: form.phone.trim() }] : []),
    ...(form.email.trim() ? [{ url: CONTACT_PREFERENCES_PART.email, valueString: form.email.trim() }] : []),
    ...(form.address.trim()
      ? [{ url: CONTACT_PREFERENCES_PART.address, valueAddress: { text: form.address.trim(), country: 'GB' } }]
      : []),
  ];
  return parts.length > 0 ? { url: EXTENSION.contactPreferences, extension: parts } : undefined;
}

function referralExtensions(form: ReferralForm): Extension[] {
  const language = form.interpreterLanguage;
  return [
    ...(form.priority === 'urgent'
      ? form.urgentReasons.map((r) => ({ url: EXTENSION.urgentReason, valueCoding: localCoding(URGENT_REASON, r) }))
      : []),
    ...[contactPreferences(form)].filter((e): e is Extension => e !== undefined),
    ...(form.adviceMode ? [{ url: EXTENSION.adviceMode, valueCoding: localCoding(ADVICE_MODE, form.adviceMode) }] : []),
    ...(language
      ? [
          {
            url: EXTENSION.interpreterLanguage,
            valueCodeableConcept: {
              coding: [{ system: BCP47, code: language, display: INTERPRETER_LANGUAGES[language] ?? language }],
            },
          },
        ]
      : []),
    ...(form.accessibilityNeeds.trim()
      ? [{ url: EXTENSION.accessibilityNeeds, valueString: form.accessibilityNeeds.trim() }]
      : []),
  ];
}

export function referralIdentifier(referralId: string): { system: string; value: string } {
  return { system: REFERRAL_IDENTIFIER_SYSTEM, value: referralId };
}

/** The hjp-referral ServiceRequest. `supportingInfo` must include the Consent (type set for urn:uuid refs). */
export function buildServiceRequest(
  form: ReferralForm,
  p: ReferralParties,
  supportingInfo: Reference[],
): ServiceRequest {
  const extension = referralExtensions(form);
  return {
    resourceType: 'ServiceRequest',
    meta: { profile: [PROFILE.referral] },
    identifier: referralIdentifiers(p.referralId),
    ...(extension.length > 0 ? { extension } : {}),
    status: 'active',
    intent: 'order',
    category: [{ coding: [localCoding(REFERRAL_CATEGORY, 'welfare-rights-advice')] }],
    code: { coding: [EXTERNAL.referralCode] },
    subject: { reference: `Patient/${p.patientId}` },
    ...(p.encounterId ? { encounter: { reference: `Encounter/${p.encounterId}` } } : {}),
    ...(p.encounterId && p.ward ? { locationReference: [{ ...p.ward }] } : {}),
    requester: { reference: p.requester },
    performer: [{ ...p.adviceOrg }],
    authoredOn: p.now.toISOString(),
    reasonCode: form.areas.map((a) => ({ coding: [localCoding(WELFARE_LAW_AREA, a)] })),
    priority: form.priority,
    ...(form.note.trim()
      ? { note: [{ text: form.note.trim(), time: p.now.toISOString(), authorReference: { reference: p.requester } }] }
      : {}),
    supportingInfo,
  };
}

/** The hjp-referral-task that tracks the referral at the advice service (status requested). */
export function buildReferralTask(form: ReferralForm, p: ReferralParties, focus: string): Task {
  return {
    resourceType: 'Task',
    meta: { profile: [PROFILE.referralTask] },
    identifier: [referralIdentifier(p.referralId)],
    status: 'requested',
    businessStatus: { coding: [localCoding(BUSINESS_STAGE, 'awaiting-contact')] },
    intent: 'order',
    priority: form.priority,
    code: { coding: [EXTERNAL.taskFulfill] },
    focus: { reference: focus, type: 'ServiceRequest' },
    for: { reference: `Patient/${p.patientId}` },
    ...(p.encounterId ? { encounter: { reference: `Encounter/${p.encounterId}` } } : {}),
    authoredOn: p.now.toISOString(),
    lastModified: p.now.toISOString(),
    requester: { reference: p.requester },
    owner: { ...p.adviceOrg },
  };
}
