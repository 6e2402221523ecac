import type { Bundle, BundleEntry, Consent, Provenance, QuestionnaireResponse, Reference, Resource } from 'fhir/r4';
import { REFERRAL_IDENTIFIER_SYSTEM } from '../../fhir-profiles/src/terminology';
import { CONSENT_IDENTIFIER_SYSTEM } from '../domain/consent/build';
import { SCREENING_IDENTIFIER_SYSTEM } from '../domain/screening/response';
import { buildReferralTask, buildServiceRequest, type ReferralParties } from './build';
import type { ReferralForm } from './form';
import { identifierSearch } from '../domain/references';

/** v3 DataOperation (the Provenance activity): the transaction creates the referral. */
const CREATE_ACTIVITY = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  code: 'CREATE',
  display: 'create',
};

export interface ReferralTransactionInput {
  form: ReferralForm;
  parties: ReferralParties;
  /** "Organization/<id>" the requester acts for (Provenance.onBehalfOf). */
  requesterOrg: string | undefined;
  /** The screening, created here too if an earlier save did not reach the server. */
  questionnaireResponse: QuestionnaireResponse;
  /** An existing consent ("Consent/<id>") or a new one recorded in this referral. */
  consent: { existing: string } | { record: Consent };
}

const urn = (referralId: string, part: string): string => `urn:uuid:${referralId.slice(0, -4)}${part}`;

const identifierQuery = identifierSearch;

function create(fullUrl: string, resource: Resource, ifNoneExist: string): BundleEntry {
  return { fullUrl, resource, request: { method: 'POST', url: resource.resourceType, ifNoneExist } };
}

/**
 * The referral as ONE transaction of conditional creates keyed on business identifiers: a
 * retry after a lost response, a double click or a reload finds what the first attempt wrote
 * instead of making a second referral.
 */
export function buildReferralTransaction(input: ReferralTransactionInput): Bundle {
  const { form, parties } = input;
  const id = parties.referralId;
  const qr = input.questionnaireResponse;
  const qrUrl = urn(id, '0001');
  const srUrl = urn(id, '0002');
  const taskUrl = urn(id, '0003');
  const consentUrl = 'record' in input.consent ? urn(id, '0004') : input.consent.existing;
  const supportingInfo: Reference[] = [
    { reference: consentUrl, type: 'Consent' },
    { reference: qrUrl, type: 'QuestionnaireResponse' },
  ];
  const serviceRequest = buildServiceRequest(form, parties, supportingInfo);
  const task = buildReferralTask(form, parties, srUrl);
  const targets: Reference[] = [
    { reference: srUrl, type: 'ServiceRequest', identifier: { system: REFERRAL_IDENTIFIER_SYSTEM, value: id } },
    { reference: taskUrl, type: 'Task' },
    { reference: qrUrl, type: 'QuestionnaireResponse' },
    ...('record' in input.consent ? [{ reference: consentUrl, type: 'Consent' }] : []),
    // The R4 Patient compartment holds a Provenance through a target that is the Patient.
    { reference: `Patient/${parties.patientId}`, type: 'Patient' },
  ];
  const provenance: Provenance = {
    resourceType: 'Provenance',
    target: targets,
    recorded: parties.now.toISOString(),
    activity: { coding: [CREATE_ACTIVITY] },
    agent: [
      {
        who: { reference: parties.requester },
        ...(input.requesterOrg ? { onBehalfOf: { reference: input.requesterOrg } } : {}),
      },
    ],
  };
  const entries: BundleEntry[] = [
    create(qrUrl, qr, identifierQuery(SCREENING_IDENTIFIER_SYSTEM, qr.identifier?.value)),
    ...('record' in input.consent
      ? [
          create(
            consentUrl,
            input.consent.record,
            identifierQuery(CONSENT_IDENTIFIER_SYSTEM, input.consent.record.identifier?.[0]?.value),
          ),
        ]
      : []),
    create(srUrl, serviceRequest, identifierQuery(REFERRAL_IDENTIFIER_SYSTEM, id)),
    create(taskUrl, task, identifierQuery(REFERRAL_IDENTIFIER_SYSTEM, id)),
    // Conditional on the referral it records (a chained search on its target), so a retry adds no second record.
    create(urn(id, '0005'), provenance, `target:ServiceRequest.${identifierQuery(REFERRAL_IDENTIFIER_SYSTEM, id)}`),
  ];
  return { resourceType: 'Bundle', type: 'transaction', entry: entries };
}
