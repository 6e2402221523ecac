import { CANONICAL_BASE } from './canonical';

/**
 * HJP Link's local code systems: canonical URL, codes and displays. The FSH CodeSystems in
 * fhir-profiles/input/fsh/codesystems.fsh must hold exactly these codes (a test ties them).
 * `as const` so the app gets literal code unions (see terminology.ts for the types).
 */
type CsUrl<Id extends string> = `${typeof CANONICAL_BASE}/CodeSystem/${Id}`;

export interface LocalCodeSystem<Id extends string, Codes extends Record<string, string>> {
  readonly id: Id;
  readonly system: CsUrl<Id>;
  /** code -> display */
  readonly codes: Codes;
}

function cs<const Id extends string, const Codes extends Record<string, string>>(
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

/** Level of assistance given by the advice service (AQS / SNSIAP style). */
export const ASSISTANCE_LEVEL = cs('assistance-level', {
  'information-signposting': 'Information and signposting',
  advice: 'Advice',
  'advice-with-casework': 'Advice with casework',
  'specialist-representation': 'Specialist casework and representation',
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

/** Outcomes of advice recorded on the referral Task's outputs. */
export const OUTCOME_TYPE = cs('outcome-type', {
  'benefit-awarded': 'New benefit awarded',
  'benefit-increased': 'Existing benefit increased',
  'backdated-arrears': 'Backdated arrears paid',
  'one-off-payment': 'One-off grant or payment',
  'reconsideration-success': 'Mandatory reconsideration successful',
  'appeal-success': 'Appeal successful',
  'sanction-overturned': 'Sanction overturned',
  'debt-written-off': 'Debt written off',
  'debt-managed': 'Debt managed',
  'debt-solution': 'Formal debt solution in place',
  'eviction-prevented': 'Eviction prevented',
  rehoused: 'Rehoused',
  'repairs-done': 'Housing repairs done',
  'employment-retained': 'Employment retained or settled',
  'education-support-secured': 'Education support secured',
  'community-care-package': 'Community care assessment or package secured',
  'immigration-status-resolved': 'Immigration status resolved',
  'referred-on': 'Referred on to another service',
});

/** What kind of Task.output an entry is. */
export const OUTPUT_TYPE = cs('output-type', {
  'assistance-level': 'Level of assistance',
  'advice-sessions': 'Number of advice sessions',
  outcome: 'Outcome of advice',
  'evidence-response': 'Communication answering an evidence request',
});

/** What a consent covers (nested Consent.provision.code). */
export const CONSENT_COVERAGE = cs('consent-coverage', {
  'referral-details': 'Sharing referral details with the advice service',
  'medical-evidence': 'Sharing medical evidence with the advice service',
  'case-study':
    'Using the story of the case, without identifying details, as a case study in the partnership’s reports',
});

export const CONSENT_METHOD = cs('consent-method', {
  verbal: 'Verbal consent',
  written: 'Written consent',
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

/** Every local code system, for iteration (tests, loaders). */
/** UK benefits and payments an outcome can be about (no national code system found [U]; 'other' for the rest). */
export const UK_BENEFIT = cs('uk-benefit', {
  'universal-credit': 'Universal Credit',
  'uc-standard-allowance': 'Universal Credit: standard allowance',
  'uc-lcwra': 'Universal Credit: LCWRA element',
  'uc-housing': 'Universal Credit: housing element',
  'uc-child': 'Universal Credit: child element',
  'uc-carer': 'Universal Credit: carer element',
  'pip-daily-living-standard': 'PIP daily living (standard rate)',
  'pip-daily-living-enhanced': 'PIP daily living (enhanced rate)',
  'pip-mobility-standard': 'PIP mobility (standard rate)',
  'pip-mobility-enhanced': 'PIP mobility (enhanced rate)',
  'attendance-allowance-lower': 'Attendance Allowance (lower rate)',
  'attendance-allowance-higher': 'Attendance Allowance (higher rate)',
  'dla-child': 'Disability Living Allowance (children)',
  'carers-allowance': "Carer's Allowance",
  'esa-new-style': 'New style Employment and Support Allowance',
  'jsa-new-style': "New style Jobseeker's Allowance",
  'pension-credit-guarantee': 'Pension Credit (guarantee credit)',
  'pension-credit-savings': 'Pension Credit (savings credit)',
  'housing-benefit': 'Housing Benefit',
  'council-tax-reduction': 'Council Tax Reduction',
  'child-benefit': 'Child Benefit',
  'tax-credits': 'Tax credits (legacy)',
  'state-pension': 'State Pension',
  'statutory-sick-pay': 'Statutory Sick Pay',
  'sure-start-maternity-grant': 'Sure Start Maternity Grant',
  'funeral-expenses-payment': 'Funeral Expenses Payment',
  'budgeting-loan-advance': 'Budgeting loan or advance',
  'discretionary-housing-payment': 'Discretionary Housing Payment',
  'local-welfare-assistance': 'Local welfare assistance',
  'nhs-low-income-scheme': 'NHS Low Income Scheme (HC2/HC3)',
  'healthy-start': 'Healthy Start',
  'warm-home-discount': 'Warm Home Discount',
  'adult-disability-payment': 'Adult Disability Payment (Scotland)',
  'child-disability-payment': 'Child Disability Payment (Scotland)',
  'scottish-child-payment': 'Scottish Child Payment',
  'best-start-grant': 'Best Start Grant (Scotland)',
  other: 'Other benefit or payment',
});

/** When a before-and-after measure was asked. */
export const MEASURE_TIMEPOINT = cs('measure-timepoint', {
  intake: 'At first contact',
  closing: 'At closing',
});

/** Coded reasons a referral Task closes (Task.statusReason), beside the text. */
export const TASK_STATUS_REASON = cs('task-status-reason', {
  duplicate: 'Duplicate referral',
});

/** The kinds of document the partnership writes about its work (Composition.type). */
export const REPORT_DOCUMENT_TYPE = cs('report-document-type', {
  'funder-report': 'Funder report narrative',
  'case-study': 'Case study',
});

/** The sections of the funder report (Composition.section.code). */
export const REPORT_SECTION = cs('report-section', {
  about: 'About the partnership',
  activity: 'Activity',
  outcomes: 'Outcomes',
  equity: 'Equity',
  'before-after': 'Before and after',
  'case-studies': 'Case studies',
  methods: 'Methods and caveats',
  story: 'The story of the case',
});

export const LOCAL_CODE_SYSTEMS = [
  WELFARE_LAW_AREA,
  URGENT_REASON,
  ASSISTANCE_LEVEL,
  BUSINESS_STAGE,
  OUTCOME_TYPE,
  OUTPUT_TYPE,
  CONSENT_COVERAGE,
  CONSENT_METHOD,
  ADVICE_MODE,
  CONTACT_METHOD,
  COMMUNICATION_CATEGORY,
  REFERRAL_CATEGORY,
  TASK_TYPE,
  USER_ROLE,
  UK_BENEFIT,
  MEASURE_TIMEPOINT,
  TASK_STATUS_REASON,
  REPORT_DOCUMENT_TYPE,
  REPORT_SECTION,
] as const;
