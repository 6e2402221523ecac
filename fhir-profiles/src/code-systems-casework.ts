import { cs } from './code-systems';

/**
 * HJP Link's local code systems for casework, outcomes, measures, consent and reports (the rest
 * are in code-systems.ts; both are exported through terminology.ts).
 */
/** Level of assistance given by the advice service (AQS / SNSIAP style). */
export const ASSISTANCE_LEVEL = cs('assistance-level', {
  'information-signposting': 'Information and signposting',
  advice: 'Advice',
  'advice-with-casework': 'Advice with casework',
  'specialist-representation': 'Specialist casework and representation',
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
