import * as z from 'zod/mini';
import {
  ADVICE_MODE,
  WELFARE_LAW_AREA,
  type AdviceMode,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';
import { caseworkSchema } from './casework';
import { jobRolesSchema } from './jobRoles';
import raw from './partnership.json';

/**
 * The local partnership, from one validated file (partnership.json): who the advice service is,
 * what it covers, how it works, which checklist and which consent wording it uses.
 */
const areaCodes = Object.keys(WELFARE_LAW_AREA.codes) as [WelfareLawArea, ...WelfareLawArea[]];
const modeCodes = Object.keys(ADVICE_MODE.codes) as [AdviceMode, ...AdviceMode[]];

const reference = (type: string): z.ZodMiniObject<{ reference: z.ZodMiniString; display: z.ZodMiniString }> =>
  z.object({
    reference: z.string().check(z.regex(new RegExp(`^${type}/[A-Za-z0-9\\-.]{1,64}$`))),
    display: z.string().check(z.minLength(1)),
  });

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
    defaultPeriodMonths: z.number().check(z.int(), z.minimum(1), z.maximum(60)),
  }),
  urgency: z.object({
    urgentReasonsMakeReferralUrgent: z.boolean(),
    deadlineWithinDays: z.number().check(z.int(), z.minimum(1), z.maximum(90)),
  }),
  jobRoles: jobRolesSchema,
  casework: caseworkSchema,
});

export type PartnershipConfig = z.infer<typeof partnershipSchema>;

/** Parses a partnership file; throws with the first problem so a bad file never half-loads. */
export function parsePartnership(json: unknown): PartnershipConfig {
  const parsed = z.safeParse(partnershipSchema, json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `partnership.json is not valid: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown'}`,
    );
  }
  return parsed.data;
}

export const PARTNERSHIP: PartnershipConfig = parsePartnership(raw);
