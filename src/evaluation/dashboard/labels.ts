import { USER_ROLE, WELFARE_LAW_AREA } from '../../../fhir-profiles/src/terminology';
import type { Stratifier } from '../measures';

/** Plain names for the strata the engine reports (codes as the SQL writes them). */
const SETTING: Readonly<Record<string, string>> = {
  'general-practice': 'General practice',
  'hospital-ward': 'Hospital ward',
};
const SEX: Readonly<Record<string, string>> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' };

export const STRATIFIER_NAMES: Readonly<Record<Stratifier, string>> = {
  'area-of-law': 'Area of law',
  'referral-source': 'Role of referrer',
  setting: 'Setting',
  'deprivation-decile': 'Deprivation decile',
  'age-band': 'Age band',
  sex: 'Sex',
  'ethnic-category': 'Ethnic category',
  urgency: 'Urgency',
};

export function stratumLabel(stratifier: Stratifier, value: string): string {
  if (value === 'not-recorded') {
    return 'Not recorded';
  }
  switch (stratifier) {
    case 'area-of-law':
      return (WELFARE_LAW_AREA.codes as Record<string, string>)[value] ?? value;
    case 'referral-source':
      return (USER_ROLE.codes as Record<string, string>)[value] ?? value;
    case 'setting':
      return SETTING[value] ?? value;
    case 'sex':
      return SEX[value] ?? value;
    case 'deprivation-decile':
      if (value === '1') {
        return '1 (most deprived)';
      }
      return value === '10' ? '10 (least deprived)' : value;
    case 'age-band':
      return value === '75+' ? '75 and over' : value.replace('-', ' to ');
    case 'urgency':
      return value === 'urgent' ? 'Urgent' : 'Routine';
    case 'ethnic-category':
      // UK Core ethnic category codes as recorded [U: a label lookup for the NHS Data Dictionary codes].
      return value;
  }
}

/** Strata in a readable order: deciles and ages numerically, others as reported; "Not recorded" last. */
export function orderStrata(stratifier: Stratifier, values: readonly string[]): string[] {
  const rest = values.filter((v) => v !== 'not-recorded');
  const sorted =
    stratifier === 'deprivation-decile' || stratifier === 'age-band'
      ? [...rest].sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
      : rest;
  return values.includes('not-recorded') ? [...sorted, 'not-recorded'] : sorted;
}
