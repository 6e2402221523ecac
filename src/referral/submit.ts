import type { Consent, Task } from 'fhir/r4';
import { REFERRAL_IDENTIFIER_SYSTEM } from '../../fhir-profiles/src/terminology';
import { identifierToken } from '../domain/references';
import { FhirError, isFhirError } from '../fhir/errors';
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

/** The answer was lost and the record could not be asked whether the referral arrived. */
export class ReferralOutcomeUnknownError extends Error {
  constructor() {
    super('We could not check whether the referral was sent.');
    this.name = 'ReferralOutcomeUnknownError';
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
    referral: input.parties.referralId,
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
  let response;
  try {
    response = await gateway.transaction(buildReferralTransaction(input));
  } catch (err) {
    if (!isFhirError(err) || err.kind !== 'network') {
      throw err;
    }
    // No answer: the transaction may have been committed all the same. Ask before saying anything.
    const found = await findReferral(gateway, input.parties.referralId).catch(() => {
      throw new ReferralOutcomeUnknownError();
    });
    if (found) {
      return found;
    }
    throw err;
  }
  // The ids come from the entries' resources or, when the server answers without bodies, their locations.
  const serviceRequestId = firstAnsweredId(response, 'ServiceRequest');
  const taskId = firstAnsweredId(response, 'Task');
  if (!serviceRequestId || !taskId) {
    throw new FhirError('malformed', undefined, undefined, 'no referral in the answer');
  }
  return { serviceRequestId, taskId };
}

/** The referral with this business identifier and its Task, if the record has it (one search). */
export async function findReferral(gateway: FhirGateway, referralId: string): Promise<SubmittedReferral | undefined> {
  const bundle = await gateway.search('ServiceRequest', {
    identifier: identifierToken(REFERRAL_IDENTIFIER_SYSTEM, referralId),
    _revinclude: 'Task:focus',
  });
  const resources = (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const request = resources.find((r) => r.resourceType === 'ServiceRequest');
  const task = resources
    .filter((r): r is Task => r.resourceType === 'Task')
    .find((t) => (t.identifier ?? []).some((i) => i.system === REFERRAL_IDENTIFIER_SYSTEM && i.value === referralId));
  return request?.id && task?.id ? { serviceRequestId: request.id, taskId: task.id } : undefined;
}
