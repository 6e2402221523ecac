import type { Consent } from 'fhir/r4';
import { EXTENSION, EXTERNAL, PROFILE, localCoding, type ConsentMethod } from '../../../fhir-profiles/src/terminology';
import { CONSENT_COVERAGE, CONSENT_METHOD } from '../../../fhir-profiles/src/code-systems-casework';
import { CONSENT_IDENTIFIER_SYSTEM } from './build';
import { consentProblem } from './decision';

/**
 * The client's consent to a case study, recorded by the adviser: an hjp-consent whose only nested
 * provision is consent-coverage#case-study (permit when they agreed, deny when they did not),
 * always status active. It never carries referral-details or medical-evidence, and never a
 * top-level refusal: a refused or withdrawn Consent would supersede the client's referral consent
 * under the consent rule (decision.ts). Which decision counts: the NEWEST case-study consent for the
 * organisation that is in force (so a later "no" overrides an earlier "yes").
 */
const OPT_IN = { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN', display: 'opt-in' };

export interface CaseStudyConsentInput {
  identifier: string;
  patientId: string;
  /** "Organization/<id>": the advice organisation records it and is its recipient. */
  adviceOrg: { reference: string; display: string };
  /** "PractitionerRole/<id>" of the adviser. */
  recordedBy: string;
  method: ConsentMethod;
  agrees: boolean;
  decidedAt: Date;
}

export function buildCaseStudyConsent(input: CaseStudyConsentInput): Consent {
  return {
    resourceType: 'Consent',
    meta: { profile: [PROFILE.consent] },
    identifier: [{ system: CONSENT_IDENTIFIER_SYSTEM, value: input.identifier }],
    extension: [
      { url: EXTENSION.consentRecordedBy, valueReference: { reference: input.recordedBy } },
      { url: EXTENSION.consentMethod, valueCoding: localCoding(CONSENT_METHOD, input.method) },
    ],
    status: 'active',
    scope: { coding: [EXTERNAL.consentScope] },
    category: [{ coding: [EXTERNAL.consentCategory] }],
    patient: { reference: `Patient/${input.patientId}` },
    dateTime: input.decidedAt.toISOString(),
    performer: [{ reference: `Patient/${input.patientId}` }],
    organization: [{ reference: input.adviceOrg.reference }],
    policyRule: { coding: [OPT_IN] },
    provision: {
      type: 'permit',
      period: { start: input.decidedAt.toISOString().slice(0, 10) },
      actor: [{ role: { coding: [EXTERNAL.recipientRole] }, reference: { ...input.adviceOrg } }],
      provision: [
        { type: input.agrees ? 'permit' : 'deny', code: [{ coding: [localCoding(CONSENT_COVERAGE, 'case-study')] }] },
      ],
    },
  };
}

const isCaseStudyCode = (coding: { system?: string; code?: string }): boolean =>
  coding.system === CONSENT_COVERAGE.system && coding.code === 'case-study';

/** Does this Consent speak about case studies (a nested provision coded case-study)? */
export function mentionsCaseStudy(consent: Consent): boolean {
  return (consent.provision?.provision ?? []).some((p) =>
    (p.code ?? []).some((cc) => (cc.coding ?? []).some(isCaseStudyCode)),
  );
}

/** Is every nested provision about case studies only (what an adviser may record)? */
export function isCaseStudyOnly(consent: Consent): boolean {
  const nested = consent.provision?.provision ?? [];
  return (
    nested.length > 0 &&
    nested.every((p) => {
      const codings = (p.code ?? []).flatMap((cc) => cc.coding ?? []);
      return codings.length > 0 && codings.every(isCaseStudyCode);
    })
  );
}

/** The client's case-study decision for the organisation now: the newest such consent in force decides. */
export function caseStudyAllowed(
  consents: readonly Consent[],
  q: { patientId: string; adviceOrg: string; now: Date },
): boolean {
  const query = { ...q, coverage: 'case-study' as const };
  const inForce = consents
    .filter((c) => mentionsCaseStudy(c))
    .filter((c) => {
      const problem = consentProblem(c, query);
      return problem === undefined || problem === 'denied';
    })
    .sort((a, b) => Date.parse(b.dateTime ?? '') - Date.parse(a.dateTime ?? ''));
  const newest = inForce[0];
  return newest !== undefined && consentProblem(newest, query) === undefined;
}
