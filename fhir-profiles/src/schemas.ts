import { z } from 'zod';
import {
  APPOINTMENT_MODE,
  BUSINESS_STAGE,
  COMMUNICATION_CATEGORY,
  EVIDENCE_REQUEST_STATUSES,
  EXTENSION,
  INTERNAL_NOTE_CATEGORY,
  MEASURE_QUESTIONNAIRE_PREFIX,
  MEASURE_RESPONSE_STATUSES,
  MESSAGE_STATUSES,
  PROFILE,
  REFERRAL_PRIORITIES,
  REFERRAL_STATUSES,
  REFERRAL_TASK_STATUSES,
  WELFARE_LAW_AREA,
  type LocalCodeSystem,
} from './terminology';
import { ASSISTANCE_LEVEL, CONSENT_COVERAGE, MEASURE_TIMEPOINT } from './code-systems-casework';

/**
 * zod schemas for HJP resources at the app boundary (what the app reads back from a server).
 * Enums come from terminology.ts, which a test ties to the compiled profiles, so the app's
 * types cannot drift from the profiles unnoticed. They check what the app relies on; the
 * full rules are enforced by the validator on write.
 */
const codes = <C extends Record<string, string>>(
  cs: LocalCodeSystem<string, C>,
): [keyof C & string, ...(keyof C & string)[]] => Object.keys(cs.codes) as [keyof C & string, ...(keyof C & string)[]];

/** A Coding from a local code system, with a literal code union. */
export const localCodingSchema = <C extends Record<string, string>>(cs: LocalCodeSystem<string, C>) =>
  z.object({ system: z.literal(cs.system), code: z.enum(codes(cs)), display: z.string().optional() });

/** A CodeableConcept holding at least one coding of a local code system (others allowed). */
export const localConceptSchema = <C extends Record<string, string>>(cs: LocalCodeSystem<string, C>) =>
  z
    .object({
      coding: z.array(z.looseObject({ system: z.string().optional(), code: z.string().optional() })),
      text: z.string().optional(),
    })
    .refine((cc) => cc.coding.some((c) => localCodingSchema(cs).safeParse(c).success), { error: `no ${cs.id} coding` });

const reference = z.looseObject({
  reference: z.string().optional(),
  type: z.string().optional(),
  display: z.string().optional(),
});
const requiredRef = reference.refine((r) => Boolean(r.reference), { error: 'reference required' });
const profiled = (url: string) =>
  z.looseObject({ profile: z.array(z.string()).refine((p) => p.includes(url), { error: `must claim ${url}` }) });

export const hjpReferralSchema = z.looseObject({
  resourceType: z.literal('ServiceRequest'),
  id: z.string().optional(),
  meta: profiled(PROFILE.referral),
  identifier: z.array(z.looseObject({ system: z.string().optional(), value: z.string().optional() })).min(1),
  status: z.enum(REFERRAL_STATUSES),
  intent: z.literal('order'),
  subject: requiredRef,
  requester: requiredRef,
  performer: z.array(requiredRef).length(1),
  authoredOn: z.string(),
  reasonCode: z.array(localConceptSchema(WELFARE_LAW_AREA)).min(1),
  priority: z.enum(REFERRAL_PRIORITIES),
  supportingInfo: z.array(reference).min(1),
});

export const hjpReferralTaskSchema = z.looseObject({
  resourceType: z.literal('Task'),
  id: z.string().optional(),
  meta: profiled(PROFILE.referralTask),
  status: z.enum(REFERRAL_TASK_STATUSES),
  businessStatus: localConceptSchema(BUSINESS_STAGE).optional(),
  statusReason: z.looseObject({ text: z.string().optional() }).optional(),
  intent: z.literal('order'),
  priority: z.enum(REFERRAL_PRIORITIES).optional(),
  focus: requiredRef,
  for: requiredRef,
  requester: requiredRef,
  owner: requiredRef,
  authoredOn: z.string(),
  output: z.array(z.looseObject({ type: z.looseObject({ coding: z.array(z.looseObject({})).optional() }) })).optional(),
});

export const hjpEvidenceRequestSchema = z.looseObject({
  resourceType: z.literal('Task'),
  id: z.string().optional(),
  meta: profiled(PROFILE.evidenceRequest),
  status: z.enum(EVIDENCE_REQUEST_STATUSES),
  intent: z.literal('order'),
  focus: requiredRef,
  partOf: z.array(requiredRef).length(1),
  for: requiredRef,
  requester: requiredRef,
  owner: requiredRef,
  description: z.string(),
  restriction: z.looseObject({ period: z.looseObject({ end: z.string() }) }),
});

export const hjpMessageSchema = z.looseObject({
  resourceType: z.literal('Communication'),
  id: z.string().optional(),
  meta: profiled(PROFILE.message),
  status: z.enum(MESSAGE_STATUSES),
  category: z.array(localConceptSchema(COMMUNICATION_CATEGORY)).length(1),
  subject: requiredRef,
  about: z.array(requiredRef).min(1),
  basedOn: z.array(requiredRef).length(1),
  sender: requiredRef,
  recipient: z.array(requiredRef).min(1),
  sent: z.string(),
  payload: z
    .array(z.looseObject({ contentString: z.string().optional(), contentAttachment: z.looseObject({}).optional() }))
    .min(1),
});

const nestedProvision = z.looseObject({
  type: z.enum(['permit', 'deny']),
  code: z.array(localConceptSchema(CONSENT_COVERAGE)).length(1),
});

export const hjpConsentSchema = z.looseObject({
  resourceType: z.literal('Consent'),
  id: z.string().optional(),
  meta: profiled(PROFILE.consent),
  status: z.enum(['draft', 'proposed', 'active', 'rejected', 'inactive', 'entered-in-error']),
  patient: requiredRef,
  dateTime: z.string(),
  organization: z.array(requiredRef).length(1),
  provision: z.looseObject({
    type: z.literal('permit'),
    period: z.looseObject({ start: z.string(), end: z.string().optional() }),
    actor: z.array(z.looseObject({ reference: requiredRef })).min(1),
    provision: z.array(nestedProvision).min(1),
  }),
});

const extensionWith = (url: string, value: z.ZodType) =>
  z
    .array(z.looseObject({ url: z.string() }))
    .refine((exts) => exts.some((e) => e.url === url && value.safeParse(e).success), {
      error: `extension ${url} required`,
    });

const appointmentModeCoding = z.looseObject({
  valueCoding: z.object({
    system: z.literal(APPOINTMENT_MODE.system),
    code: z.enum(Object.keys(APPOINTMENT_MODE.codes) as [keyof typeof APPOINTMENT_MODE.codes]),
    display: z.string().optional(),
  }),
});

export const hjpAppointmentSchema = z.looseObject({
  resourceType: z.literal('Appointment'),
  id: z.string().optional(),
  meta: profiled(PROFILE.appointment),
  extension: extensionWith(EXTENSION.appointmentMode, appointmentModeCoding),
  status: z.string(),
  basedOn: z.array(requiredRef).length(1),
  start: z.string(),
  end: z.string(),
  description: z.string().optional(),
  participant: z.array(z.looseObject({ actor: requiredRef, status: z.string() })).min(2),
});

export const hjpCaseNoteSchema = z.looseObject({
  resourceType: z.literal('Communication'),
  id: z.string().optional(),
  meta: profiled(PROFILE.caseNote),
  status: z.enum(MESSAGE_STATUSES),
  category: z
    .array(
      z.looseObject({
        coding: z
          .array(
            z.looseObject({
              system: z.literal(COMMUNICATION_CATEGORY.system),
              code: z.literal(INTERNAL_NOTE_CATEGORY),
            }),
          )
          .min(1),
      }),
    )
    .length(1),
  subject: requiredRef,
  about: z.array(requiredRef).length(1),
  basedOn: z.array(requiredRef).length(1),
  sender: requiredRef,
  recipient: z.array(requiredRef).length(1),
  sent: z.string(),
  payload: z.array(z.looseObject({ contentString: z.string() })).length(1),
});

export const hjpMeasureResponseSchema = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  id: z.string().optional(),
  meta: profiled(PROFILE.measureResponse),
  extension: extensionWith(
    EXTENSION.measureTimepoint,
    z.looseObject({ valueCoding: localCodingSchema(MEASURE_TIMEPOINT) }),
  ),
  questionnaire: z.string().startsWith(MEASURE_QUESTIONNAIRE_PREFIX),
  status: z.enum(MEASURE_RESPONSE_STATUSES),
  basedOn: z.array(requiredRef).length(1),
  subject: requiredRef,
  authored: z.string(),
  author: requiredRef,
  item: z
    .array(
      z.looseObject({
        linkId: z.string(),
        answer: z
          .array(
            z.looseObject({ valueCoding: z.looseObject({}).optional(), valueInteger: z.number().int().optional() }),
          )
          .optional(),
      }),
    )
    .min(1),
});

/** The assistance-level coding schema, for reading Task outputs. */
export const assistanceLevelCoding = localCodingSchema(ASSISTANCE_LEVEL);

export type HjpReferral = z.infer<typeof hjpReferralSchema>;
export type HjpReferralTask = z.infer<typeof hjpReferralTaskSchema>;
export type HjpEvidenceRequest = z.infer<typeof hjpEvidenceRequestSchema>;
export type HjpMessage = z.infer<typeof hjpMessageSchema>;
export type HjpConsent = z.infer<typeof hjpConsentSchema>;
export type HjpAppointment = z.infer<typeof hjpAppointmentSchema>;
export type HjpCaseNote = z.infer<typeof hjpCaseNoteSchema>;
export type HjpMeasureResponse = z.infer<typeof hjpMeasureResponseSchema>;
