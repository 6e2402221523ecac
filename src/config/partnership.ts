import * as z from 'zod/mini';
import {
  ADVICE_MODE,
  WELFARE_LAW_AREA,
  type AdviceMode,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';
import { fieldProblem } from './fieldProblem';
import { installJobRoles, jobRolesSchema } from './jobRoles';

/**
 * The local partnership, from one validated file (partnership.json): who the advice service is,
 * what it covers, how it works, which checklist and which consent wording it uses. The file is
 * read at run time, not built in (src/config/loadPartnership.ts; README "Partnership
 * configuration"), so a partnership replaces it on its static host without a new build.
 */
const areaCodes = Object.keys(WELFARE_LAW_AREA.codes) as [WelfareLawArea, ...WelfareLawArea[]];
const modeCodes = Object.keys(ADVICE_MODE.codes) as [AdviceMode, ...AdviceMode[]];

const reference = (type: string): z.ZodMiniObject<{ reference: z.ZodMiniString; display: z.ZodMiniString }> =>
  z.object({
    reference: z.string().check(z.regex(new RegExp(`^${type}/[A-Za-z0-9\\-.]{1,64}$`))),
    display: z.string().check(z.minLength(1)),
  });

const wholeNumber = (min: number, max: number): z.ZodMiniNumber => {
  const error = `must be a whole number between ${String(min)} and ${String(max)}`;
  return z.number({ error }).check(z.int({ error }), z.minimum(min, { error }), z.maximum(max, { error }));
};

export const partnershipSchema = z.object({
  name: z.string().check(z.minLength(1)),
  adviceOrganisation: reference('Organization'),
  healthcareService: reference('HealthcareService'),
  areasCovered: z.array(z.enum(areaCodes)).check(z.minLength(1)),
  modesOffered: z.array(z.enum(modeCodes)).check(z.minLength(1)),
  questionnaire: z.object({
    url: z.url(),
    version: z.string().check(z.minLength(1)),
  }),
  consent: z.object({
    referralWording: z.string().check(z.minLength(1)),
    evidenceWording: z.string().check(z.minLength(1)),
    defaultPeriodMonths: wholeNumber(1, 60),
  }),
  urgency: z.object({
    urgentReasonsMakeReferralUrgent: z.boolean(),
    deadlineWithinDays: wholeNumber(1, 90),
    /** Days within which an urgent referral should be accepted or rejected (caseload flag). [U] 2 is a local choice, not a sourced standard. */
    urgentResponseWithinDays: wholeNumber(1, 30),
  }),
  jobRoles: jobRolesSchema,
});

export type PartnershipConfig = z.infer<typeof partnershipSchema>;

/** A partnership file that is not valid: the message names the field and what is wrong with it. */
export class PartnershipFileError extends Error {
  override name = 'PartnershipFileError';
}

/** Parses a partnership file; throws with the first problem so a bad file never half-loads. */
export function parsePartnership(json: unknown): PartnershipConfig {
  const parsed = z.safeParse(partnershipSchema, json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new PartnershipFileError(first ? fieldProblem(first) : 'not valid');
  }
  return parsed.data;
}

const notLoaded = new Proxy({} as PartnershipConfig, {
  get(): never {
    throw new Error('The partnership configuration was read before it was loaded (installPartnership)');
  },
});

/**
 * The partnership in use: installed once, before the first render (src/main.tsx, after
 * loadPartnership; tests: test/support/partnership.ts). A live binding, so code that reads it when
 * it runs sees the installed file; read it in functions and components, never at module top level.
 */
export let PARTNERSHIP: PartnershipConfig = notLoaded;

export function installPartnership(config: PartnershipConfig): void {
  PARTNERSHIP = config;
  installJobRoles(config.jobRoles);
}
