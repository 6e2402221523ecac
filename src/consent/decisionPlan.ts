import type { Bundle, BundleEntry, Consent, Provenance } from 'fhir/r4';
import { buildConsent, CONSENT_IDENTIFIER_SYSTEM } from '../domain/consent/build';
import { identifierSearch } from '../domain/references';
import type { ConsentForm } from './form';

/** Who records the decision, for whom, and for which new referral (its business identifier). */
export interface DecisionContext {
  /** The decision's own identifier (a new one whenever the clinician changes an answer). */
  identifier: string;
  referralId: string;
  patientId: string;
  /** "Organization/<id>" recording it (the practice or hospital). */
  recordingOrg: string;
  /** "PractitionerRole/<id>" of the clinician. */
  recordedBy: string;
  adviceOrg: { reference: string; display: string };
  periodMonths: number;
  now: Date;
}

/** The consent in force for the patient's open referral(s), which a refusal may also withdraw. */
export interface OpenReferralConsent {
  consent: Consent;
  /** When the open referrals were sent (ISO), newest first. */
  sentOn: string[];
}

/**
 * What saving the decision writes: the decision itself (agreement, or a refusal of THIS new
 * referral only) and, only when the clinician chose it, a withdrawal of the open referral's
 * consent (its own inactive Consent) with its Provenance.
 */
export interface DecisionPlan {
  decision: Consent;
  agrees: boolean;
  withdrawal?: { record: Consent; ends: OpenReferralConsent };
}

/** The decision the form describes, or undefined while it is incomplete. */
export function planDecision(
  form: ConsentForm,
  ctx: DecisionContext,
  open: OpenReferralConsent | undefined,
): DecisionPlan | undefined {
  if (!form.agreesToReferral || !form.method) {
    return undefined;
  }
  const agrees = form.agreesToReferral === 'yes';
  if (agrees && !form.agreesToEvidence) {
    return undefined;
  }
  if (!agrees && open && !form.withdrawOpen) {
    return undefined;
  }
  const base = {
    patientId: ctx.patientId,
    recordingOrg: ctx.recordingOrg,
    recordedBy: ctx.recordedBy,
    method: form.method,
    adviceOrg: ctx.adviceOrg,
    decidedAt: ctx.now,
    periodMonths: ctx.periodMonths,
  };
  const decision = buildConsent({
    ...base,
    identifier: ctx.identifier,
    agreesToReferral: agrees,
    agreesToEvidence: agrees && form.agreesToEvidence === 'yes',
    // A refusal is of this new referral: an open referral keeps its consent unless withdrawn below.
    ...(agrees ? {} : { onlyForReferral: ctx.referralId }),
  });
  if (agrees || !open || form.withdrawOpen !== 'yes') {
    return { decision, agrees };
  }
  const record = buildConsent({
    ...base,
    identifier: withdrawalIdentifier(ctx.identifier),
    agreesToReferral: true,
    agreesToEvidence: false,
    withdraws: `Consent/${open.consent.id ?? ''}`,
  });
  return { decision, agrees, withdrawal: { record, ends: open } };
}

export const withdrawalIdentifier = (decisionIdentifier: string): string => `${decisionIdentifier}-withdrawal`;

/** v3 DataOperation NULLIFY: "render a target inactive" (the withdrawal's Provenance activity). */
const NULLIFY = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  code: 'NULLIFY',
  display: 'nullify',
};

function once(fullUrl: string, consent: Consent): BundleEntry {
  const ifNoneExist = identifierSearch(CONSENT_IDENTIFIER_SYSTEM, consent.identifier?.[0]?.value);
  return { fullUrl, resource: consent, request: { method: 'POST', url: 'Consent', ifNoneExist } };
}

/** The plan as ONE transaction of conditional creates: a retry after a lost answer writes nothing twice. */
export function decisionBundle(plan: DecisionPlan, ctx: DecisionContext): Bundle {
  const decisionUrl = `urn:uuid:${ctx.identifier}`;
  const entries: BundleEntry[] = [once(decisionUrl, plan.decision)];
  if (plan.withdrawal) {
    const withdrawalUrl = `urn:uuid:${crypto.randomUUID()}`;
    const id = plan.withdrawal.record.identifier?.[0]?.value;
    const provenance: Provenance = {
      resourceType: 'Provenance',
      target: [
        { reference: withdrawalUrl, type: 'Consent' },
        { reference: `Consent/${plan.withdrawal.ends.consent.id ?? ''}`, type: 'Consent' },
        { reference: `Patient/${ctx.patientId}`, type: 'Patient' },
      ],
      recorded: ctx.now.toISOString(),
      activity: { coding: [NULLIFY] },
      agent: [{ who: { reference: ctx.recordedBy }, onBehalfOf: { reference: ctx.recordingOrg } }],
    };
    entries.push(once(withdrawalUrl, plan.withdrawal.record), {
      fullUrl: `urn:uuid:${crypto.randomUUID()}`,
      resource: provenance,
      request: {
        method: 'POST',
        url: 'Provenance',
        ifNoneExist: `target:Consent.${identifierSearch(CONSENT_IDENTIFIER_SYSTEM, id)}`,
      },
    });
  }
  return { resourceType: 'Bundle', type: 'transaction', entry: entries };
}
