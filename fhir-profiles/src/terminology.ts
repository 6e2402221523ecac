import { CANONICAL_BASE } from './canonical';
import type {
  ADVICE_MODE,
  BUSINESS_STAGE,
  COMMUNICATION_CATEGORY,
  CONTACT_METHOD,
  REFERRAL_CATEGORY,
  TASK_TYPE,
  URGENT_REASON,
  USER_ROLE,
  WELFARE_LAW_AREA,
} from './code-systems';
import type {
  ASSISTANCE_LEVEL,
  CONSENT_COVERAGE,
  CONSENT_METHOD,
  MEASURE_TIMEPOINT,
  OUTCOME_TYPE,
  REPORT_SECTION,
  OUTPUT_TYPE,
  UK_BENEFIT,
} from './code-systems-casework';

export * from './code-systems';

/** The code union of a local code system, e.g. `CodeOf<typeof WELFARE_LAW_AREA>`. */
export type CodeOf<T extends { codes: Record<string, string> }> = keyof T['codes'] & string;

export type WelfareLawArea = CodeOf<typeof WELFARE_LAW_AREA>;
export type UrgentReason = CodeOf<typeof URGENT_REASON>;
export type AssistanceLevel = CodeOf<typeof ASSISTANCE_LEVEL>;
export type BusinessStage = CodeOf<typeof BUSINESS_STAGE>;
export type OutcomeType = CodeOf<typeof OUTCOME_TYPE>;
export type OutputType = CodeOf<typeof OUTPUT_TYPE>;
export type ConsentCoverage = CodeOf<typeof CONSENT_COVERAGE>;
export type ConsentMethod = CodeOf<typeof CONSENT_METHOD>;
export type AdviceMode = CodeOf<typeof ADVICE_MODE>;
export type ContactMethod = CodeOf<typeof CONTACT_METHOD>;
export type CommunicationCategory = CodeOf<typeof COMMUNICATION_CATEGORY>;
export type ReferralCategory = CodeOf<typeof REFERRAL_CATEGORY>;
export type TaskType = CodeOf<typeof TASK_TYPE>;
export type UserRoleCode = CodeOf<typeof USER_ROLE>;
export type UkBenefit = CodeOf<typeof UK_BENEFIT>;
export type MeasureTimepoint = CodeOf<typeof MEASURE_TIMEPOINT>;
export type ReportSection = CodeOf<typeof REPORT_SECTION>;

/** A Coding for a code of a local code system, with its display. */
export function localCoding<T extends { system: string; codes: Record<string, string> }>(
  cs: T,
  code: CodeOf<T>,
): { system: T['system']; code: CodeOf<T>; display: string } {
  return { system: cs.system, code, display: cs.codes[code] ?? code };
}

/** How an outcome's value is recorded on Task.output (money = valueMoney GBP). */
export const OUTCOME_VALUE_KIND = {
  'benefit-awarded': 'annual-money',
  'benefit-increased': 'annual-money',
  'backdated-arrears': 'one-off-money',
  'one-off-payment': 'one-off-money',
  'reconsideration-success': 'boolean',
  'appeal-success': 'boolean',
  'sanction-overturned': 'boolean',
  'debt-written-off': 'one-off-money',
  'debt-managed': 'one-off-money',
  'debt-solution': 'boolean',
  'eviction-prevented': 'boolean',
  rehoused: 'boolean',
  'repairs-done': 'boolean',
  'employment-retained': 'boolean',
  'education-support-secured': 'boolean',
  'community-care-package': 'boolean',
  'immigration-status-resolved': 'boolean',
  'referred-on': 'boolean',
} as const satisfies Record<OutcomeType, 'annual-money' | 'one-off-money' | 'boolean'>;

/** Profiles (StructureDefinition canonical URLs). */
export const PROFILE = {
  referral: `${CANONICAL_BASE}/StructureDefinition/hjp-referral`,
  referralTask: `${CANONICAL_BASE}/StructureDefinition/hjp-referral-task`,
  evidenceRequest: `${CANONICAL_BASE}/StructureDefinition/hjp-evidence-request`,
  message: `${CANONICAL_BASE}/StructureDefinition/hjp-message`,
  consent: `${CANONICAL_BASE}/StructureDefinition/hjp-consent`,
  appointment: `${CANONICAL_BASE}/StructureDefinition/hjp-appointment`,
  caseNote: `${CANONICAL_BASE}/StructureDefinition/hjp-case-note`,
  measureResponse: `${CANONICAL_BASE}/StructureDefinition/hjp-measure-response`,
  reportNarrative: `${CANONICAL_BASE}/StructureDefinition/hjp-report-narrative`,
  caseStudy: `${CANONICAL_BASE}/StructureDefinition/hjp-case-study`,
} as const;

/** Extensions (StructureDefinition canonical URLs). */
export const EXTENSION = {
  urgentReason: `${CANONICAL_BASE}/StructureDefinition/urgent-reason`,
  contactPreferences: `${CANONICAL_BASE}/StructureDefinition/contact-preferences`,
  adviceMode: `${CANONICAL_BASE}/StructureDefinition/advice-mode`,
  interpreterLanguage: `${CANONICAL_BASE}/StructureDefinition/interpreter-language`,
  accessibilityNeeds: `${CANONICAL_BASE}/StructureDefinition/accessibility-needs`,
  consentRecordedBy: `${CANONICAL_BASE}/StructureDefinition/consent-recorded-by`,
  consentMethod: `${CANONICAL_BASE}/StructureDefinition/consent-method`,
  outcomeBenefit: `${CANONICAL_BASE}/StructureDefinition/outcome-benefit`,
  outcomeWeeklyAmount: `${CANONICAL_BASE}/StructureDefinition/outcome-weekly-amount`,
  indicatesNeed: `${CANONICAL_BASE}/StructureDefinition/indicates-need`,
  indicatesUrgency: `${CANONICAL_BASE}/StructureDefinition/indicates-urgency`,
  appointmentMode: `${CANONICAL_BASE}/StructureDefinition/appointment-mode`,
  measureTimepoint: `${CANONICAL_BASE}/StructureDefinition/measure-timepoint`,
  caseOwner: `${CANONICAL_BASE}/StructureDefinition/case-owner`,
} as const;

/** Sub-extension urls inside contact-preferences. */
export const CONTACT_PREFERENCES_PART = {
  method: 'method',
  safeToLeaveMessage: 'safe-to-leave-message',
  bestTimes: 'best-times',
  phone: 'phone',
  email: 'email',
  address: 'address',
} as const;

/** Value sets (one per local code system, same id) plus subsets of core code systems. */
export const VALUE_SET = {
  referralTaskStatus: `${CANONICAL_BASE}/ValueSet/referral-task-status`,
  welfareLawArea: `${CANONICAL_BASE}/ValueSet/welfare-law-area`,
  urgentReason: `${CANONICAL_BASE}/ValueSet/urgent-reason`,
  assistanceLevel: `${CANONICAL_BASE}/ValueSet/assistance-level`,
  businessStage: `${CANONICAL_BASE}/ValueSet/business-stage`,
  outcomeType: `${CANONICAL_BASE}/ValueSet/outcome-type`,
  outputType: `${CANONICAL_BASE}/ValueSet/output-type`,
  consentCoverage: `${CANONICAL_BASE}/ValueSet/consent-coverage`,
  consentMethod: `${CANONICAL_BASE}/ValueSet/consent-method`,
  adviceMode: `${CANONICAL_BASE}/ValueSet/advice-mode`,
  contactMethod: `${CANONICAL_BASE}/ValueSet/contact-method`,
  communicationCategory: `${CANONICAL_BASE}/ValueSet/communication-category`,
  referralCategory: `${CANONICAL_BASE}/ValueSet/referral-category`,
  taskType: `${CANONICAL_BASE}/ValueSet/task-type`,
  userRole: `${CANONICAL_BASE}/ValueSet/user-role`,
  evidenceRequestStatus: `${CANONICAL_BASE}/ValueSet/evidence-request-status`,
  referralStatus: `${CANONICAL_BASE}/ValueSet/referral-status`,
  referralPriority: `${CANONICAL_BASE}/ValueSet/referral-priority`,
  messageStatus: `${CANONICAL_BASE}/ValueSet/message-status`,
  consentCategory: `${CANONICAL_BASE}/ValueSet/consent-category`,
  ukBenefit: `${CANONICAL_BASE}/ValueSet/uk-benefit`,
  measureTimepoint: `${CANONICAL_BASE}/ValueSet/measure-timepoint`,
  appointmentMode: `${CANONICAL_BASE}/ValueSet/appointment-mode`,
  caseNoteCategory: `${CANONICAL_BASE}/ValueSet/case-note-category`,
  taskStatusReason: `${CANONICAL_BASE}/ValueSet/task-status-reason`,
  measureResponseStatus: `${CANONICAL_BASE}/ValueSet/measure-response-status`,
  reportDocumentType: `${CANONICAL_BASE}/ValueSet/report-document-type`,
  reportSection: `${CANONICAL_BASE}/ValueSet/report-section`,
} as const;

/** One Composition per reporting period: identifier `REPORT_NARRATIVE_IDENTIFIER_SYSTEM` | `<period id>`. */
export const REPORT_NARRATIVE_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/report-narrative`;
/** One case study per case: identifier `CASE_STUDY_IDENTIFIER_SYSTEM` | `<referral Task id>`. */
export const CASE_STUDY_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/case-study`;

/** ServiceRequest.status of an HJP referral (revoked = cancelled, as in BaRS). */
export const REFERRAL_STATUSES = ['active', 'revoked', 'completed', 'entered-in-error'] as const;
export const EVIDENCE_REQUEST_STATUSES = [
  'requested',
  'in-progress',
  'completed',
  'cancelled',
  'entered-in-error',
] as const;
export const MESSAGE_STATUSES = ['completed', 'entered-in-error'] as const;
export const REFERRAL_PRIORITIES = ['routine', 'urgent'] as const;

/** Referral Task statuses (SDOHCC referral-task status VS: TaskStatus minus ready, received). */
export const REFERRAL_TASK_STATUSES = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
] as const;
export type ReferralTaskStatus = (typeof REFERRAL_TASK_STATUSES)[number];
/** Statuses that require Task.statusReason.text. */
export const STATUS_REASON_REQUIRED = ['rejected', 'cancelled', 'failed'] as const;

/** Referral business identifier system (value = client-generated UUID). */
export const REFERRAL_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/referral`;

/**
 * The referral's reference for people to read out and type ("HJP-0ZK3-7RQD"): the last 40 bits of
 * the referral's UUID in Crockford's base 32 (no I, L, O or U), on the ServiceRequest beside the
 * UUID so that a search finds it (src/domain/caseRef.ts makes and reads it).
 */
export const REFERRAL_REFERENCE_SYSTEM = `${CANONICAL_BASE}/Id/referral-reference`;

/** The welfare-needs checklist Questionnaire. */
export const WELFARE_QUESTIONNAIRE = {
  id: 'welfare-needs-checklist',
  url: `${CANONICAL_BASE}/Questionnaire/welfare-needs-checklist`,
  version: '1.1.0',
  canonical: `${CANONICAL_BASE}/Questionnaire/welfare-needs-checklist|1.1.0`,
} as const;

/** Appointment modes: HL7 v3 ParticipationMode codes (a standard code system fits, so no local one). */
export const APPOINTMENT_MODE = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode',
  codes: { FACE: 'face-to-face', PHONE: 'telephone', VIDEOCONF: 'videoconferencing' },
} as const;
export type AppointmentMode = keyof (typeof APPOINTMENT_MODE)['codes'];

/** The category code of an internal case note (communication-category), readable only by the advice organisation. */
export const INTERNAL_NOTE_CATEGORY = 'internal-note' satisfies CommunicationCategory;

export const MEASURE_RESPONSE_STATUSES = ['completed', 'amended', 'entered-in-error'] as const;

/** The before-and-after measures (Questionnaires); their responses are hjp-measure-response. */
export const MEASURE_QUESTIONNAIRE = {
  financialStrain: {
    id: 'measure-financial-strain',
    url: `${CANONICAL_BASE}/Questionnaire/measure-financial-strain`,
    version: '1.0.0',
    canonical: `${CANONICAL_BASE}/Questionnaire/measure-financial-strain|1.0.0`,
  },
  wellbeing: {
    id: 'measure-wellbeing-ons4',
    url: `${CANONICAL_BASE}/Questionnaire/measure-wellbeing-ons4`,
    version: '1.0.0',
    canonical: `${CANONICAL_BASE}/Questionnaire/measure-wellbeing-ons4|1.0.0`,
  },
} as const;
/** Every measure Questionnaire URL starts with this (invariant hjp-meas-1). */
export const MEASURE_QUESTIONNAIRE_PREFIX = `${CANONICAL_BASE}/Questionnaire/measure-`;

/** External codes the profiles fix. */
export const EXTERNAL = {
  referralCode: { system: 'http://snomed.info/sct', code: '710910007', display: 'Referral to legal service' },
  taskFulfill: { system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' },
  consentScope: { system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' },
  consentCategory: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IDSCL' },
  recipientRole: { system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' },
} as const;
