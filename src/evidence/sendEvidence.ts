import type { Bundle, Communication, Consent, Task } from 'fhir/r4';
import { isFhirError } from '../fhir/errors';
import type { FhirGateway } from '../fhir/gateway';
import { evidenceAnswerBundle } from './evidenceAnswer';
import { evidenceConsent } from './evidenceRequest';

/** The evidence was not sent because the patient's evidence consent is not in force now. */
export class EvidenceConsentLapsedError extends Error {
  constructor(reason: string) {
    super(
      `Nothing was sent. ${reason} Medical evidence can only be sent while the patient agrees to share it: if they agree again, record their consent first.`,
    );
    this.name = 'EvidenceConsentLapsedError';
  }
}

async function consentsNow(gateway: FhirGateway, patientId: string): Promise<Consent[]> {
  const bundle: Bundle = await gateway.search('Consent', { patient: `Patient/${patientId}`, _count: '100' });
  return (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Consent' ? [e.resource as Consent] : []));
}

/**
 * Sends the clinician's answer only under the medical-evidence consent in force AT THE TIME OF
 * SENDING: the patient's consents are read again first (a refusal or withdrawal since the screen
 * loaded counts). The record refuses too; its refusal is explained the same way.
 */
export async function sendEvidenceAnswer(
  gateway: FhirGateway,
  input: { request: Task; answer: Communication; patientId: string; adviceOrg: string; now: Date },
): Promise<void> {
  const check = async (): Promise<void> => {
    const decision = evidenceConsent(
      await consentsNow(gateway, input.patientId),
      input.patientId,
      input.adviceOrg,
      input.now,
    );
    if (!decision.allowed) {
      throw new EvidenceConsentLapsedError(decision.reason);
    }
  };
  await check();
  try {
    await gateway.transaction(evidenceAnswerBundle(input.request, input.answer, input.now));
  } catch (err) {
    if (isFhirError(err) && err.kind === 'forbidden') {
      // The consent may have ended between the check and the send: say so if that is why.
      await check();
    }
    throw err;
  }
}
