import { CANONICAL_BASE } from '../../fhir-profiles/src/canonical';

/**
 * The evaluation's measures (browser-safe vocabulary): what the engine writes as MeasureReports
 * and the dashboard reads. Each MeasureReport is `type: summary`, one per measure and period,
 * identified by `MEASURE_REPORT_IDENTIFIER_SYSTEM` | `<measure id>/<period id>`.
 */
export const MEASURE_REPORT_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/measure-report`;
export const POPULATION_SYSTEM = `${CANONICAL_BASE}/CodeSystem/evaluation-population`;
export const STRATIFIER_SYSTEM = `${CANONICAL_BASE}/CodeSystem/evaluation-stratifier`;
export const GROUP_SYSTEM = `${CANONICAL_BASE}/CodeSystem/evaluation-group`;
/** On a MeasureReport: the suppression rule its counts went through ("7/5" or "none"). */
export const SUPPRESSION_TAG_SYSTEM = `${CANONICAL_BASE}/CodeSystem/evaluation-suppression`;
/** A count hidden by the small-number rule: data-absent-reason "masked". */
export const DATA_ABSENT_REASON_URL = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

export const MEASURE_IDS = [
  'funnel',
  'time-to-first-contact',
  'financial-gain',
  'health-service-use',
  'data-completeness',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export const measureUrl = (id: MeasureId): string => `${CANONICAL_BASE}/Measure/hjp-${id}`;
export const reportIdentifier = (id: MeasureId, periodId: string): string => `${id}/${periodId}`;

export const STRATIFIERS = [
  'area-of-law',
  'referral-source',
  'setting',
  'deprivation-decile',
  'age-band',
  'sex',
  'ethnic-category',
  'urgency',
] as const;
export type Stratifier = (typeof STRATIFIERS)[number];

/** Funnel populations in order (people, referrals and issues counted apart). */
export const FUNNEL_POPULATIONS = {
  'screenings-completed': 'Screenings completed',
  'screenings-with-need': 'Screenings with at least one need',
  'consent-asked': 'Consent asked (recorded)',
  'consent-given': 'Consent given',
  'consent-refused': 'Consent refused',
  'consent-withdrawn': 'Consent withdrawn',
  'people-referred': 'People referred',
  'referrals-sent': 'Referrals sent',
  'issues-referred': 'Issues referred (areas of law)',
  accepted: 'Referrals accepted',
  rejected: 'Referrals rejected',
  'first-contact': 'First contact made',
  'advice-session': 'At least one advice session',
  'closed-with-outcome': 'Closed with a coded outcome',
  cancelled: 'Cancelled',
  'unable-to-contact': 'Unable to contact',
  'awaiting-acceptance': 'Awaiting acceptance',
} as const;
export type FunnelPopulation = keyof typeof FUNNEL_POPULATIONS;

/** Totals and their parts in the funnel, for secondary suppression. */
export const FUNNEL_RELATIONS: readonly { total: FunnelPopulation; parts: FunnelPopulation[] }[] = [
  { total: 'consent-asked', parts: ['consent-given', 'consent-refused', 'consent-withdrawn'] },
  { total: 'referrals-sent', parts: ['accepted', 'rejected', 'cancelled', 'awaiting-acceptance'] },
];

export const MEASURE_TITLES: Readonly<Record<MeasureId, string>> = {
  funnel: 'From screening to outcome',
  'time-to-first-contact': 'Days from referral to first contact',
  'financial-gain': 'Financial gain for clients',
  'health-service-use': 'Health-service use before and after referral',
  'data-completeness': 'How complete the record is',
};

/** The groups of each measure and the populations each group always reports (0 when none). */
export const MEASURE_GROUPS: Readonly<Record<MeasureId, Readonly<Record<string, readonly string[]>>>> = {
  funnel: { funnel: Object.keys(FUNNEL_POPULATIONS) },
  'time-to-first-contact': {
    'days-to-first-contact': ['measure-population', 'within-target'],
    'days-to-first-contact-p90': ['measure-population'],
  },
  'financial-gain': {
    recurring: ['clients-with-gain'],
    arrears: ['clients-with-gain'],
    'one-off': ['clients-with-gain'],
    'debt-written-off': ['clients-with-gain'],
    'debt-managed': ['clients-with-gain'],
    total: ['clients-with-gain'],
  },
  'health-service-use': {
    'gp-consultations': ['before', 'after'],
    admissions: ['before', 'after'],
    referrals: ['measure-population'],
  },
  'data-completeness': {
    completeness: [
      'measure-population',
      'with-deprivation-decile',
      'with-ethnic-category',
      'closed',
      'closed-with-outcome',
    ],
  },
};

/** Unit of each group's measureScore. */
export const SCORE_UNIT: Readonly<Record<string, { unit: string; code: string; system: string }>> = {
  'days-to-first-contact': { unit: 'days', code: 'd', system: 'http://unitsofmeasure.org' },
  'days-to-first-contact-p90': { unit: 'days', code: 'd', system: 'http://unitsofmeasure.org' },
  recurring: { unit: 'GBP', code: 'GBP', system: 'urn:iso:std:iso:4217' },
  arrears: { unit: 'GBP', code: 'GBP', system: 'urn:iso:std:iso:4217' },
  'one-off': { unit: 'GBP', code: 'GBP', system: 'urn:iso:std:iso:4217' },
  'debt-written-off': { unit: 'GBP', code: 'GBP', system: 'urn:iso:std:iso:4217' },
  'debt-managed': { unit: 'GBP', code: 'GBP', system: 'urn:iso:std:iso:4217' },
  total: { unit: 'GBP', code: 'GBP', system: 'urn:iso:std:iso:4217' },
};

/**
 * Subsets whose complement (total minus part) is not reported but could be worked out: the
 * suppression module treats the complement as a cell so that a small one cannot be derived.
 */
export const SUBSET_RELATIONS: readonly { whole: string; part: string }[] = [
  { whole: 'screenings-completed', part: 'screenings-with-need' },
  { whole: 'accepted', part: 'first-contact' },
  { whole: 'accepted', part: 'unable-to-contact' },
  { whole: 'accepted', part: 'closed-with-outcome' },
  { whole: 'first-contact', part: 'advice-session' },
  { whole: 'measure-population', part: 'within-target' },
  { whole: 'measure-population', part: 'with-deprivation-decile' },
  { whole: 'measure-population', part: 'with-ethnic-category' },
  { whole: 'closed', part: 'closed-with-outcome' },
];

/**
 * Strata that partition the group's figure (each unit in exactly one stratum), so the strata add up
 * to it: a relation for secondary suppression. A referral may be about several areas of law, so
 * only the issues (not referrals or people) are partitioned by area.
 */
export function strataPartition(stratifier: string, population: string): boolean {
  return stratifier !== 'area-of-law' || population === 'issues-referred';
}

/**
 * Populations that count distinct people: a person in two months is counted in each, so months
 * are not added up for them (a custom range leaves them out rather than count someone twice).
 */
export const DISTINCT_PEOPLE_POPULATIONS: readonly string[] = ['people-referred', 'clients-with-gain'];

/**
 * Groups whose measureScore is a sum over what they count (pounds of gain: SUM in
 * financial-gain.sql), so it adds up across months; other scores (medians, percentiles) do not.
 */
export const SUMMED_SCORE_GROUPS: readonly string[] = Object.keys(MEASURE_GROUPS['financial-gain']);
