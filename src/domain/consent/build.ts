import type { Consent } from 'fhir/r4';
import {
  EXTENSION,
  EXTERNAL,
  PROFILE,
  REFERRAL_IDENTIFIER_SYSTEM,
  localCoding,
  type ConsentMethod,
} from '../../../fhir-profiles/src/terminology';
import { CONSENT_COVERAGE, CONSENT_METHOD } from '../../../fhir-profiles/src/code-systems-casework';
import { CANONICAL_BASE } from '../../../fhir-profiles/src/canonical';

/** Business identifier of a consent recorded in HJP Link (value = client UUID), for conditional create. */
export const CONSENT_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/consent`;
/** Base R4 invariant ppc-1 needs a policy: an opt-in disclosure (v3 ActCode OPTIN). */
const OPT_IN = { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN', display: 'opt-in' };

export interface ConsentInput {
  identifier: string;
  patientId: string;
  /** "Organization/<id>" recording the consent (the GP practice or hospital). */
  recordingOrg: string;
  /** "PractitionerRole/<id>" of the member of staff. */
  recordedBy: string;
  method: ConsentMethod;
  /** Did the patient agree to the referral and sharing of referral details? */
  agreesToReferral: boolean;
  /** Separately: may medical evidence be shared? */
  agreesToEvidence: boolean;
  adviceOrg: { reference: string; display: string };
  /** When the patient decided. */
  decidedAt: Date;
  periodMonths: number;
  /**
   * A refusal of ONE new referral (its business identifier): the decision names that referral
   * (provision.data) and so does not end the patient's consent for a referral already open.
   */
  onlyForReferral?: string;
  /** A withdrawal: the Consent ("Consent/<id>") it ends; the record is status inactive. */
  withdraws?: string;
}

function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

function consentStatus(input: ConsentInput): Consent['status'] {
  if (input.withdraws) {
    return 'inactive';
  }
  return input.agreesToReferral ? 'active' : 'rejected';
}

/** The patient's decision as an hjp-consent: rejected when they said no, inactive when it withdraws one. */
export function buildConsent(input: ConsentInput): Consent {
  const coverage = (
    code: 'referral-details' | 'medical-evidence',
    permit: boolean,
  ): NonNullable<Consent['provision']> => ({
    type: permit ? 'permit' : 'deny',
    code: [{ coding: [localCoding(CONSENT_COVERAGE, code)] }],
  });
  return {
    resourceType: 'Consent',
    meta: { profile: [PROFILE.consent] },
    identifier: [{ system: CONSENT_IDENTIFIER_SYSTEM, value: input.identifier }],
    extension: [
      { url: EXTENSION.consentRecordedBy, valueReference: { reference: input.recordedBy } },
      { url: EXTENSION.consentMethod, valueCoding: localCoding(CONSENT_METHOD, input.method) },
    ],
    status: consentStatus(input),
    scope: { coding: [EXTERNAL.consentScope] },
    category: [{ coding: [EXTERNAL.consentCategory] }],
    patient: { reference: `Patient/${input.patientId}` },
    dateTime: input.decidedAt.toISOString(),
    performer: [{ reference: `Patient/${input.patientId}` }],
    organization: [{ reference: input.recordingOrg }],
    policyRule: { coding: [OPT_IN] },
    ...(input.withdraws ? { sourceReference: { reference: input.withdraws } } : {}),
    provision: {
      type: 'permit',
      ...(input.onlyForReferral
        ? {
            data: [
              {
                meaning: 'related' as const,
                reference: {
                  type: 'ServiceRequest',
                  identifier: { system: REFERRAL_IDENTIFIER_SYSTEM, value: input.onlyForReferral },
                },
              },
            ],
          }
        : {}),
      period: { start: isoDate(input.decidedAt), end: isoDate(addMonths(input.decidedAt, input.periodMonths)) },
      actor: [{ role: { coding: [EXTERNAL.recipientRole] }, reference: { ...input.adviceOrg } }],
      provision: [
        coverage('referral-details', input.agreesToReferral),
        coverage('medical-evidence', input.agreesToEvidence && input.agreesToReferral),
      ],
    },
  };
}
