import type { Condition, Consent, Organization, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { randomUUID } from 'node:crypto';
import { REFERRAL_IDENTIFIER_SYSTEM } from '../../fhir-profiles/src/terminology';
import type { Api } from '../support/api';

/**
 * One referral to the advice organisation per consent state of the matrix. Seed cases where the
 * seed has the state; the others are copies of seed case 01 set up with the test-only admin API.
 */
export type ConsentState =
  | 'none'
  | 'refused'
  | 'withdrawn'
  | 'expired'
  | 'other organisation'
  | 'other patient'
  | 'referral-only'
  | 'both (control)';

export interface MatrixCase {
  readonly state: ConsentState;
  readonly patient: string;
  readonly serviceRequest: string;
  readonly task: string;
  readonly screening: string;
  /** The Consent the referral links ("Consent/<id>"), if any. */
  readonly consent: string | undefined;
  /** An evidence request of the case (the GP's evidence answers it). */
  readonly evidenceRequest: string;
}

const SEEDED: Partial<Record<ConsentState, MatrixCase>> = {
  withdrawn: seedCase('withdrawn', '06', 'pat-006'),
  expired: seedCase('expired', '07', 'pat-007'),
  'referral-only': seedCase('referral-only', '02', 'pat-002'),
  'both (control)': seedCase('both (control)', '01', 'pat-001'),
};

function seedCase(state: ConsentState, n: string, patient: string): MatrixCase {
  return {
    state,
    patient,
    serviceRequest: `ref-${n}`,
    task: `task-${n}`,
    screening: `qr-${n}`,
    consent: `Consent/consent-${n}`,
    evidenceRequest: `sec-evid-${n}`,
  };
}

function copy<T extends Resource>(resource: T, id: string): T {
  const out = structuredClone(resource);
  out.id = id;
  delete out.meta?.versionId;
  delete out.meta?.lastUpdated;
  return out;
}

async function read<T extends Resource>(admin: Api, path: string): Promise<T> {
  const reply = await admin<T>('GET', path);
  if (reply.status !== 200) {
    throw new Error(`setup: GET ${path} → ${reply.status}`);
  }
  return reply.body;
}

async function put(admin: Api, resource: Resource): Promise<void> {
  const reply = await admin('PUT', `${resource.resourceType}/${resource.id ?? ''}`, resource);
  if (reply.status >= 300) {
    throw new Error(
      `setup: PUT ${resource.resourceType}/${resource.id ?? ''} → ${reply.status} ${JSON.stringify(reply.body)}`,
    );
  }
}

const OTHER_ORG: Organization = {
  resourceType: 'Organization',
  id: 'org-other-advice',
  name: 'Another Advice Charity',
};

async function madeCase(admin: Api, state: ConsentState, key: string): Promise<MatrixCase> {
  const patient = `sec-${key}`;
  const ref = (type: string): { reference: string } => ({ reference: `${type}/${patient}` });
  await put(admin, { ...copy(await read(admin, 'Patient/pat-003'), patient) });
  await put(admin, {
    ...copy(await read<Condition>(admin, 'Condition/cond-003-asthma'), `${patient}-cond`),
    subject: ref('Patient'),
  });
  await put(admin, {
    ...copy(await read<QuestionnaireResponse>(admin, 'QuestionnaireResponse/qr-01'), `${patient}-qr`),
    subject: ref('Patient'),
  });
  let consent: string | undefined;
  const seedConsent = await read<Consent>(admin, 'Consent/consent-01');
  const ownConsent = (changes: Partial<Consent>): Consent => ({
    ...copy(seedConsent, `${patient}-consent`),
    patient: ref('Patient'),
    performer: [ref('Patient')],
    identifier: undefined,
    ...changes,
  });
  if (state === 'refused') {
    await put(admin, ownConsent({ status: 'rejected' }));
    consent = `Consent/${patient}-consent`;
  } else if (state === 'other organisation') {
    await put(admin, OTHER_ORG);
    const provision = structuredClone(seedConsent.provision);
    for (const actor of provision?.actor ?? []) {
      actor.reference = { reference: 'Organization/org-other-advice' };
    }
    await put(admin, ownConsent({ provision }));
    consent = `Consent/${patient}-consent`;
  } else if (state === 'other patient') {
    consent = 'Consent/consent-01';
  } else {
    // The profile needs a Consent link; "none" links one that was never recorded.
    consent = `Consent/${patient}-never-recorded`;
  }
  const request = await read<Resource & { supportingInfo?: unknown; identifier?: unknown }>(
    admin,
    'ServiceRequest/ref-01',
  );
  await put(admin, {
    ...copy(request, `${patient}-ref`),
    subject: ref('Patient'),
    identifier: [{ system: REFERRAL_IDENTIFIER_SYSTEM, value: randomUUID() }],
    supportingInfo: [
      ...(consent ? [{ reference: consent }] : []),
      { reference: `QuestionnaireResponse/${patient}-qr` },
    ],
  } as Resource);
  const task = await read(admin, 'Task/task-01');
  await put(admin, {
    ...copy(task, `${patient}-task`),
    focus: { reference: `ServiceRequest/${patient}-ref` },
    for: ref('Patient'),
  } as Resource);
  return {
    state,
    patient,
    serviceRequest: `${patient}-ref`,
    task: `${patient}-task`,
    screening: `${patient}-qr`,
    consent,
    evidenceRequest: `sec-evid-${key}`,
  };
}

/** Every state of the matrix, in table order; the withdrawn patient gets a Condition to (not) read. */
export async function matrixCases(admin: Api): Promise<MatrixCase[]> {
  const condition = await read(admin, 'Condition/cond-003-asthma');
  await put(admin, { ...copy(condition, 'sec-pat-006-cond'), subject: { reference: 'Patient/pat-006' } } as Resource);
  const order: ConsentState[] = [
    'none',
    'refused',
    'withdrawn',
    'expired',
    'other organisation',
    'other patient',
    'referral-only',
    'both (control)',
  ];
  const out: MatrixCase[] = [];
  const evidence = await read<Resource & { partOf?: unknown }>(admin, 'Task/evid-04');
  for (const state of order) {
    const c = SEEDED[state] ?? (await madeCase(admin, state, state.replace(/\s+/g, '-')));
    await put(admin, {
      ...copy(evidence, c.evidenceRequest),
      for: { reference: `Patient/${c.patient}` },
      focus: { reference: `ServiceRequest/${c.serviceRequest}` },
      partOf: [{ reference: `Task/${c.task}` }],
    } as Resource);
    out.push(c);
  }
  return out;
}
