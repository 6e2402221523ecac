import { CANONICAL_BASE } from '../../fhir-profiles/src/canonical';
import { ASSISTANCE_LEVEL } from '../../fhir-profiles/src/code-systems-casework';
import type { AssistanceLevel } from '../../fhir-profiles/src/terminology';
import { CHANGE_ITEMS } from '../domain/measureChange';

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
  'time-to-closure',
  'assistance-sessions',
  'before-after',
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
  'time-to-closure': 'Days from referral to closure',
  'assistance-sessions': 'Level of assistance and advice sessions (closed cases)',
  'before-after': 'Before and after: financial strain and wellbeing',
};

/** Levels of assistance as the engine reports them: the code system's codes, and none recorded. */
export const ASSISTANCE_POPULATIONS = [...(Object.keys(ASSISTANCE_LEVEL.codes) as AssistanceLevel[]), 'not-recorded'];

/** Advice sessions per closed case, in bands (population code → plain label). */
export const SESSION_BANDS = {
  'sessions-0': 'No session recorded',
  'sessions-1': '1 session',
  'sessions-2-3': '2 to 3 sessions',
  'sessions-4-6': '4 to 6 sessions',
  'sessions-7-plus': '7 or more sessions',
} as const;

/** Each before-and-after item's populations: answered at intake, at closing, both; of both, the change. */
export const CHANGE_POPULATIONS = ['intake', 'closing', 'both', 'improved', 'same', 'worse'] as const;

/**
 * Totals and their parts inside a group (beyond the funnel's), for secondary suppression: closed
 * cases by level of assistance and by sessions band; improved + same + worse = with both.
 */
export const GROUP_RELATIONS: Readonly<Record<string, readonly { total: string; parts: readonly string[] }[]>> = {
  funnel: FUNNEL_RELATIONS,
  'assistance-level': [{ total: 'closed', parts: ASSISTANCE_POPULATIONS }],
  sessions: [{ total: 'closed', parts: Object.keys(SESSION_BANDS) }],
  ...Object.fromEntries(CHANGE_ITEMS.map((i) => [i.group, [{ total: 'both', parts: ['improved', 'same', 'worse'] }]])),
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
  'time-to-closure': {
    'days-to-closure': ['measure-population', 'within-target'],
    'days-to-closure-p90': ['measure-population'],
  },
  'assistance-sessions': {
    'assistance-level': ['closed', ...ASSISTANCE_POPULATIONS],
    sessions: ['closed', ...Object.keys(SESSION_BANDS)],
    'sessions-total': ['closed'],
  },
  'before-after': Object.fromEntries(CHANGE_ITEMS.map((i) => [i.group, CHANGE_POPULATIONS])),
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
  'days-to-closure': { unit: 'days', code: 'd', system: 'http://unitsofmeasure.org' },
  'days-to-closure-p90': { unit: 'days', code: 'd', system: 'http://unitsofmeasure.org' },
  sessions: { unit: 'sessions', code: '{session}', system: 'http://unitsofmeasure.org' },
  'sessions-total': { unit: 'sessions', code: '{session}', system: 'http://unitsofmeasure.org' },
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
  { whole: 'intake', part: 'both' },
  { whole: 'closing', part: 'both' },
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
