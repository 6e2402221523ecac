import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Questionnaire } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { SCOPES } from '../../src/smart/scopes';
import { createGateway, type FhirGateway } from '../../src/fhir/gateway';
import { PARTNERSHIP } from '../../src/config/partnership';
import { buildConsent } from '../../src/domain/consent/build';
import { emptyReferralForm, type ReferralForm } from '../../src/referral/form';
import type { ReferralTransactionInput } from '../../src/referral/transaction';
import { buildQuestionnaireResponse } from '../../src/domain/screening/response';
import { launchHeadless } from '../support/smart';

export const checklist = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../fhir-profiles/build/package/Questionnaire-welfare-needs-checklist.json'),
    'utf8',
  ),
) as Questionnaire;

/** The app's own gateway, as a clinician launched in `patient`'s record. */
export async function clinicianGateway(
  sandbox: RunningSandbox,
  launch: { user: string; patient: string; encounter?: string },
  timeoutMs?: number,
): Promise<FhirGateway> {
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
    ...launch,
    scope: SCOPES.clinician.join(' '),
  });
  return createGateway({
    baseUrl: sandbox.urls.fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
    ...(timeoutMs ? { timeoutMs } : {}),
  });
}

export const form: ReferralForm = {
  ...emptyReferralForm(),
  areas: ['housing', 'debt'],
  contactMethods: ['phone'],
  phone: '07700 900404',
  priority: 'urgent',
  urgentReasons: ['eviction-or-court'],
};

/** A full referral input for the GP and pat-001 with a new consent. */
export function referralInput(
  patientId = 'pat-001',
  over: Partial<Parameters<typeof buildConsent>[0]> = {},
): ReferralTransactionInput {
  const now = new Date();
  const referralId = randomUUID();
  return {
    form,
    parties: {
      referralId,
      patientId,
      encounterId: undefined,
      requester: 'PractitionerRole/gp',
      adviceOrg: PARTNERSHIP.adviceOrganisation,
      now,
    },
    requesterOrg: 'Organization/org-gp-practice',
    questionnaireResponse: buildQuestionnaireResponse({
      identifier: randomUUID(),
      questionnaire: checklist,
      answers: { 'urgent-eviction': [{ valueCoding: { system: 'http://loinc.org', code: 'LA33-6', display: 'Yes' } }] },
      patientId,
      encounterId: undefined,
      author: 'PractitionerRole/gp',
      authored: now,
      status: 'completed',
    }),
    consent: {
      record: buildConsent({
        identifier: randomUUID(),
        patientId,
        recordingOrg: 'Organization/org-gp-practice',
        recordedBy: 'PractitionerRole/gp',
        method: 'verbal',
        agreesToReferral: true,
        agreesToEvidence: false,
        adviceOrg: PARTNERSHIP.adviceOrganisation,
        decidedAt: now,
        periodMonths: PARTNERSHIP.consent.defaultPeriodMonths,
        ...over,
      }),
    },
  };
}

/** How many resources of a type carry this referral identifier. */
export async function countByReferral(
  gateway: FhirGateway,
  type: 'ServiceRequest' | 'Task' | 'Provenance',
  referralId: string,
): Promise<number> {
  const system = 'https://fhir.hjp-link.org.uk/Id/referral';
  const param = type === 'Provenance' ? 'target:ServiceRequest.identifier' : 'identifier';
  const bundle = await gateway.search(type, { [param]: `${system}|${referralId}`, _summary: 'count' });
  return bundle.total ?? -1;
}

export async function setFault(sandbox: RunningSandbox, rule: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sandbox.urls.origin}/__test/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  if (!res.ok) {
    throw new Error(`fault: HTTP ${res.status}`);
  }
}

/** How many faulted (delayed or dropped) requests the sandbox is still executing. */
export async function faultedInFlight(sandbox: RunningSandbox): Promise<number> {
  const res = await fetch(`${sandbox.urls.origin}/__test/faults`);
  if (!res.ok) {
    throw new Error(`faults: HTTP ${res.status}`);
  }
  return ((await res.json()) as { inFlight: number }).inFlight;
}
