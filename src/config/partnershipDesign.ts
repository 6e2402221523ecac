/**
 * The guide's "taxonomy of partnership design options" (hjp-implementation-guide, "The design of
 * Health Justice Partnerships"): each service characteristic, its design options as codes, and the
 * guide's own words for them. The options "are not exclusive choices, but can be combined", so
 * most characteristics take a list. These codes describe the partnership in its configuration and
 * report only; no FHIR resource carries them, so they are not a FHIR CodeSystem.
 * Legal issues addressed and mode of delivery are not repeated here: they follow from
 * `areasCovered` and `modesOffered` (see describeDesign in partnershipAbout.ts).
 */
export const TARGET_POPULATION = {
  'health-condition': 'Defined by health condition / state',
  demographic: 'Defined by demographic characteristic(s)',
  geography: 'Defined by geography',
} as const;

export const HEALTHCARE_SETTING_OPTION = {
  single: 'Single type of health setting',
  mixed: 'Mixed health settings',
} as const;

/** The settings the guide names as examples ("primary, secondary, tertiary or community"). */
export const HEALTHCARE_SETTING = {
  primary: 'Primary care',
  secondary: 'Secondary care',
  tertiary: 'Tertiary care',
  community: 'Community healthcare',
} as const;

export const LEGAL_ISSUES_OPTION = {
  single: 'Single category of social welfare law',
  several: 'Several categories of social welfare law',
} as const;

export const NATURE_OF_ASSISTANCE = {
  advice: 'Advice',
  'advice-with-casework': 'Advice with casework',
  'specialist-advice-and-representation': 'Specialist level advice and representation',
} as const;

export const APPROACH_TO_LINKING = {
  'multi-disciplinary-teams': 'Multi-disciplinary teams',
  'co-location': 'Co-location',
  'direct-referral': 'Direct referral',
  navigation: 'Navigation',
} as const;

export const JOINT_WORKING = {
  'close-collaboration': 'Close collaboration',
  'regular-communication': 'Regular communication',
  'limited-contact': 'Limited contact',
} as const;

export const ADMINISTRATIVE_INTEGRATION = {
  'referral-systems': 'Referral systems',
  'appointment-booking': 'Appointment booking',
  'shared-record-systems': 'Shared record systems',
} as const;

/** The guide's names of the service characteristics, in its order. */
export const CHARACTERISTIC = {
  targetPopulation: 'Target population',
  healthcareSetting: 'Healthcare setting',
  legalIssues: 'Legal issues addressed',
  natureOfAssistance: 'Nature of legal assistance',
  modeOfDelivery: 'Mode of advice delivery',
  approachToLinking: 'Approach to linking services',
  jointWorking: 'Nature of joint working',
  administrativeIntegration: 'Administrative integration',
} as const;

export const codesOf = <T extends Record<string, string>>(table: T): [keyof T & string, ...(keyof T & string)[]] =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
