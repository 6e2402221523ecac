import * as CASEWORK from './code-systems-casework';
import * as REFERRAL from './code-systems';

/** Every local code system, for iteration (tests, loaders): all that the two modules export. */
export const LOCAL_CODE_SYSTEMS = [...Object.values(REFERRAL), ...Object.values(CASEWORK)].filter(
  (
    value,
  ): value is Extract<
    (typeof REFERRAL)[keyof typeof REFERRAL] | (typeof CASEWORK)[keyof typeof CASEWORK],
    { system: string }
  > => typeof value === 'object' && 'system' in value,
);
