import { CANONICAL_BASE } from './canonical';

/**
 * HJP Link's local code systems: canonical URL, codes and displays. The FSH CodeSystems in
 * fhir-profiles/input/fsh/codesystems.fsh must hold exactly these codes (a test ties them).
 * `as const` so the app gets literal code unions (see terminology.ts for the types). The codes the
 * first screen needs are here; those of casework, outcomes, measures and reports are in
 * code-systems-casework.ts (so the clinician's first screen does not load their displays).
 */
type CsUrl<Id extends string> = `${typeof CANONICAL_BASE}/CodeSystem/${Id}`;

export interface LocalCodeSystem<Id extends string, Codes extends Record<string, string>> {
  readonly id: Id;
  readonly system: CsUrl<Id>;
  /** code -> display */
  readonly codes: Codes;
}

export function cs<const Id extends string, const Codes extends Record<string, string>>(
  id: Id,
  codes: Codes,
): LocalCodeSystem<Id, Codes> {
  return { id, system: `${CANONICAL_BASE}/CodeSystem/${id}`, codes };
}

/** The seven areas of welfare law of a Health Justice Partnership (UCL definition). */
export const WELFARE_LAW_AREA = cs('welfare-law-area', {
  benefits: 'Benefits and income',
  debt: 'Debt',
  housing: 'Housing',
  employment: 'Employment',
  education: 'Education',
  'community-care': 'Care and support',
  immigration: 'Immigration',
});

/** Why a referral is urgent (same-day or priority contact). */
export const URGENT_REASON = cs('urgent-reason', {
  'eviction-or-court': 'Homelessness, eviction, possession notice or court date',
  'no-money-food-heating': 'No money for food or heating now',
  'utility-disconnection': 'Utility disconnection threatened',
  'imminent-deadline': 'Imminent deadline (e.g. reconsideration, tribunal)',
  safety: 'Personal safety concern',
});

/** The partnership's stages of a referral at the advice service (Task.businessStatus). */
export const BUSINESS_STAGE = cs('business-stage', {
  'awaiting-contact': 'Awaiting first contact',
  contacted: 'Client contacted',
  'advice-given': 'Advice given',
  casework: 'Casework in progress',
  'awaiting-decision': 'Awaiting a decision',
  'appeal-tribunal': 'Appeal or tribunal',
  closed: 'Case closed',
});

export const ADVICE_MODE = cs('advice-mode', {
  'face-to-face': 'Face to face',
  remote: 'Remote (phone or video)',
  hybrid: 'Hybrid',
});

export const CONTACT_METHOD = cs('contact-method', {
  phone: 'Phone call',
  text: 'Text message',
  email: 'Email',
  letter: 'Letter',
});

export const COMMUNICATION_CATEGORY = cs('communication-category', {
  message: 'Message',
  evidence: 'Medical evidence',
  'outcome-feedback': 'Outcome feedback',
  'internal-note': 'Internal case note',
});

export const REFERRAL_CATEGORY = cs('referral-category', {
  'welfare-rights-advice': 'Welfare rights advice',
});

export const TASK_TYPE = cs('task-type', {
  'medical-evidence': 'Medical evidence request',
});

/** The app role of a user (on PractitionerRole.code). */
export const USER_ROLE = cs('user-role', {
  gp: 'General practitioner',
  'ward-nurse': 'Hospital ward nurse',
  adviser: 'Welfare rights adviser',
  lead: 'Partnership lead',
});

/** Coded reasons a referral Task closes (Task.statusReason), beside the text. */
export const TASK_STATUS_REASON = cs('task-status-reason', {
  duplicate: 'Duplicate referral',
});
