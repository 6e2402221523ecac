import type { Consent } from 'fhir/r4';
import { FhirError } from '../fhir/errors';
import { consentDecision, type ConsentDecision } from '../domain/consent/decision';
import type { FhirGateway } from '../fhir/gateway';
import { firstAnsweredId } from '../fhir/transactionAnswer';
import { buildReferralTransaction, type ReferralTransactionInput } from './transaction';
import { referralFormProblems } from './form';

export class ReferralBlockedError extends Error {
  constructor(
    readonly decision: Extract<ConsentDecision, { allowed: false }> | undefined,
    readonly problems: string[],
  ) {
    super(decision ? decision.reason : problems.join('. '));
    this.name = 'ReferralBlockedError';
  }
}

export interface SubmittedReferral {
  serviceRequestId: string;
  taskId: string;
}

/**
 * Sends the referral: checks consent with THE consent module (the screens cannot bypass it),
 * then writes everything in one transaction (one HTTP request). Safe to call again with the
 * same draft after any failure: the conditional creates make it idempotent.
 * `knownConsents` are the patient's consents already read from the server.
 */
export async function submitReferral(
  gateway: FhirGateway,
  input: ReferralTransactionInput,
  knownConsents: readonly Consent[],
  adviceOrg: string,
): Promise<SubmittedReferral> {
  const problems = referralFormProblems(input.form).map((p) => p.message);
  if (problems.length > 0) {
    throw new ReferralBlockedError(undefined, problems);
  }
  const consents = 'record' in input.consent ? [...knownConsents, input.consent.record] : knownConsents;
  const decision = consentDecision(consents, {
    patientId: input.parties.patientId,
    adviceOrg,
    coverage: 'referral-details',
    now: input.parties.now,
  });
  if (!decision.allowed) {
    throw new ReferralBlockedError(decision, []);
  }
  if (
    'existing' in input.consent &&
    decision.consent.id &&
    input.consent.existing !== `Consent/${decision.consent.id}`
  ) {
    throw new ReferralBlockedError(undefined, ['The consent given is not the one that permits this referral']);
  }
  const response = await gateway.transaction(buildReferralTransaction(input));
  // The ids come from the entries' resources or, when the server answers without bodies, their locations.
  const serviceRequestId = firstAnsweredId(response, 'ServiceRequest');
  const taskId = firstAnsweredId(response, 'Task');
  if (!serviceRequestId || !taskId) {
    throw new FhirError('malformed', undefined, undefined, 'no referral in the answer');
  }
  return { serviceRequestId, taskId };
}
