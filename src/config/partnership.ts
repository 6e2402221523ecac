import * as z from 'zod/mini';
import {
  ADVICE_MODE,
  URGENT_REASON,
  WELFARE_LAW_AREA,
  type AdviceMode,
  type UrgentReason,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';
import { installJobRoles, jobRolesSchema } from './jobRoles';
import {
  ADMINISTRATIVE_INTEGRATION,
  APPROACH_TO_LINKING,
  HEALTHCARE_SETTING,
  HEALTHCARE_SETTING_OPTION,
  JOINT_WORKING,
  LEGAL_ISSUES_OPTION,
  NATURE_OF_ASSISTANCE,
  TARGET_POPULATION,
  codesOf,
} from './partnershipDesign';
import { caseworkSchema } from './casework';

/**
 * The local partnership, from one validated file (partnership.json): who the advice service is,
 * what it covers, how it works, which checklist and which consent wording it uses. The file is
 * read at run time, not built in (src/config/partnershipFile.ts and loadPartnership.ts; README "Partnership
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

const nonEmpty = z.string().check(z.minLength(1));
const listOf = <T extends Record<string, string>>(table: T) =>
  z.array(z.enum(codesOf(table))).check(
    z.minLength(1),
    z.refine((codes) => new Set(codes).size === codes.length, { error: 'each option may appear only once' }),
  );

/** The guide's taxonomy of design options (partnershipDesign.ts). */
const designSchema = z.object({
  targetPopulation: z
    .array(z.object({ option: z.enum(codesOf(TARGET_POPULATION)), description: nonEmpty }))
    .check(z.minLength(1)),
  healthcareSetting: z
    .object({
      option: z.enum(codesOf(HEALTHCARE_SETTING_OPTION)),
      settings: listOf(HEALTHCARE_SETTING),
    })
    .check(
      z.refine((s) => (s.option === 'single') === (s.settings.length === 1), {
        error: 'a single setting lists exactly one setting, mixed settings list two or more',
        path: ['settings'],
      }),
    ),
  legalIssues: z.enum(codesOf(LEGAL_ISSUES_OPTION)),
  natureOfAssistance: listOf(NATURE_OF_ASSISTANCE),
  approachToLinking: listOf(APPROACH_TO_LINKING),
  jointWorking: z.enum(codesOf(JOINT_WORKING)),
  administrativeIntegration: listOf(ADMINISTRATIVE_INTEGRATION),
});

const fundingSchema = z.array(
  z
    .object({
      funder: nonEmpty,
      /** Pounds, at most two decimal places. */
      amount: z.number().check(
        z.positive(),
        z.refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
          error: 'at most two decimal places (pence)',
        }),
      ),
      period: z.object({ start: z.iso.date(), end: z.iso.date() }),
    })
    .check(
      z.refine((f) => f.period.start <= f.period.end, { error: 'the period ends before it starts', path: ['period'] }),
    ),
);

const evaluationSchema = z.object({
  /** The small-number rule for everything that leaves the partnership (report, downloads). */
  suppression: z.object({
    threshold: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
    rounding: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
  }),
  /** Recurring gains: the additional weekly amount × this many weeks (src/domain/financial-gain.ts). */
  annualisation: z.object({ weeksPerYear: z.number().check(z.int(), z.minimum(1), z.maximum(52)) }),
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
    defaultPeriodMonths: wholeNumber(1, 60),
  }),
  urgency: z.object({
    urgentReasonsMakeReferralUrgent: z.boolean(),
    deadlineWithinDays: wholeNumber(1, 90),
    /** Days within which an urgent referral should be accepted or rejected (caseload flag). [U] 2 is a local choice, not a sourced standard. */
    urgentResponseWithinDays: wholeNumber(1, 30),
  }),
  jobRoles: jobRolesSchema,
  design: designSchema,
  funding: fundingSchema,
  targets: z.object({
    firstContactDays: wholeNumber(1, 90),
    /** Days from referral to closure (the evaluation's time-to-closure target). [U] 90 is the partnership's own choice, not a sourced standard. */
    closureDays: wholeNumber(1, 730),
  }),
  evaluation: evaluationSchema,
  /** The safeguarding prompt the clinician sees when an answer gives this urgent reason (it never blocks a referral). */
  safeguarding: z.object({
    whenUrgentReason: z.enum(Object.keys(URGENT_REASON.codes) as [UrgentReason, ...UrgentReason[]]),
    heading: z.string().check(z.minLength(1)),
    whatToDoNow: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  }),
  casework: caseworkSchema,
});

export type PartnershipConfig = z.infer<typeof partnershipSchema>;

// The error of a file that cannot be read or is not valid.
export { PartnershipFileError } from './partnershipFileError';

/** The first problem of a partnership file: a schema issue (worded by fieldProblem.ts), or a rule across fields. */
export type PartnershipProblem = { readonly issue: z.core.$ZodIssue | undefined } | { readonly message: string };

/**
 * Checks a partnership file without wording its problem: the redirect page loads fieldProblem.ts
 * only for a broken file (loadPartnership.ts); parsePartnership.ts words it at once.
 */
export function checkPartnership(json: unknown): { config: PartnershipConfig } | { problem: PartnershipProblem } {
  const parsed = z.safeParse(partnershipSchema, json);
  if (!parsed.success) {
    return { problem: { issue: parsed.error.issues[0] } };
  }
  const config = parsed.data;
  if ((config.design.legalIssues === 'single') !== (config.areasCovered.length === 1)) {
    return {
      problem: {
        message: `design.legalIssues: "${config.design.legalIssues}" does not match the ${String(config.areasCovered.length)} areas of law in areasCovered`,
      },
    };
  }
  return { config };
}

const notLoaded = new Proxy({} as PartnershipConfig, {
  get(): never {
    throw new Error('The partnership configuration was read before it was loaded (installPartnership)');
  },
});

/**
 * The partnership in use: installed once, before the first render (src/app/boot.ts, after
 * validatePartnership in loadPartnership.ts; tests: test/support/installPartnership.ts). A live binding, so code that reads it when
 * it runs sees the installed file; read it in functions and components, never at module top level.
 */
export let PARTNERSHIP: PartnershipConfig = notLoaded;

export function installPartnership(config: PartnershipConfig): void {
  PARTNERSHIP = config;
  installJobRoles(config.jobRoles);
}
