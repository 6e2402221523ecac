import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Communication, Resource, ServiceRequest, Task } from '@medplum/fhirtypes';
import { REFERRAL_IDENTIFIER_SYSTEM } from '../../fhir-profiles/src/terminology';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import type { Api } from '../support/api';
import { matrixCases, type MatrixCase } from './cases';
import { appLaunch, Ledger, setupApi, type Expect } from './support';

/**
 * The consent matrix (issue 9): every consent state × (create referral, read screening, read
 * Conditions, create evidence request, send evidence), straight at the API with the tokens the
 * app itself is given. Only the consent the access model names lets an attempt through.
 */
let sandbox: RunningSandbox;
let admin: Api;
let cases: MatrixCase[];
const ledger = new Ledger('Consent matrix');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
  cases = await matrixCases(admin);
});
afterAll(async () => {
  await sandbox.close();
});

/** What the access model lets through, per state (the table in access-model.md). */
function expected(state: MatrixCase['state'], action: 'referral' | 'screening' | 'evidence'): Expect {
  if (state === 'both (control)') {
    return 'allowed';
  }
  if (state === 'referral-only' && (action === 'referral' || action === 'screening')) {
    return 'allowed';
  }
  return 'refused';
}

function strip<T extends Resource>(resource: T): T {
  const out = structuredClone(resource);
  delete out.id;
  delete out.meta?.versionId;
  delete out.meta?.lastUpdated;
  return out;
}

async function adviser(): Promise<Api> {
  return (await appLaunch(sandbox, 'adviser', 'adviser')).api;
}

describe('consent matrix, with the app’s own scopes', () => {
  it('create referral (GP in the patient’s record)', async () => {
    for (const c of cases) {
      const gp = (await appLaunch(sandbox, 'clinician', 'gp', c.patient)).api;
      const template = (await admin<ServiceRequest>('GET', `ServiceRequest/${c.serviceRequest}`)).body;
      const referral: ServiceRequest = {
        ...strip(template),
        requester: { reference: 'PractitionerRole/gp' },
        identifier: [{ system: REFERRAL_IDENTIFIER_SYSTEM, value: randomUUID() }],
        supportingInfo: (template.supportingInfo ?? []).filter(
          (r) => !r.reference?.startsWith('QuestionnaireResponse'),
        ),
      };
      await ledger.status(
        `create referral: ${c.state}`,
        expected(c.state, 'referral'),
        gp('POST', 'ServiceRequest', referral),
      );
    }
  });

  it('read screening (adviser)', async () => {
    const api = await adviser();
    for (const c of cases) {
      await ledger.status(
        `read screening: ${c.state}`,
        expected(c.state, 'screening'),
        api('GET', `QuestionnaireResponse/${c.screening}`),
      );
    }
  });

  it('read Conditions (adviser), searched and counted', async () => {
    const api = await adviser();
    for (const c of cases) {
      await ledger.search(
        `read Conditions: ${c.state}`,
        expected(c.state, 'evidence'),
        'Condition',
        api('GET', `Condition?patient=Patient/${c.patient}`),
      );
      await ledger.search(
        `count Conditions: ${c.state}`,
        expected(c.state, 'evidence'),
        'Condition',
        api('GET', `Condition?patient=Patient/${c.patient}&_summary=count`),
      );
    }
  });

  it('create evidence request (adviser)', async () => {
    const api = await adviser();
    const template = (await admin<Task>('GET', 'Task/evid-04')).body;
    for (const c of cases) {
      const request: Task = {
        ...strip(template),
        for: { reference: `Patient/${c.patient}` },
        focus: { reference: `ServiceRequest/${c.serviceRequest}` },
        partOf: [{ reference: `Task/${c.task}` }],
      };
      await ledger.status(
        `create evidence request: ${c.state}`,
        expected(c.state, 'evidence'),
        api('POST', 'Task', request),
      );
    }
  });

  it('send evidence (GP in the patient’s record)', async () => {
    const template = (await admin<Communication>('GET', 'Communication/msg-05-1')).body;
    for (const c of cases) {
      const gp = (await appLaunch(sandbox, 'clinician', 'gp', c.patient)).api;
      const evidence: Communication = {
        ...strip(template),
        subject: { reference: `Patient/${c.patient}` },
        about: [{ reference: `Task/${c.task}` }, { reference: `Task/${c.evidenceRequest}` }],
        basedOn: [{ reference: `ServiceRequest/${c.serviceRequest}` }],
      };
      await ledger.status(
        `send evidence: ${c.state}`,
        expected(c.state, 'evidence'),
        gp('POST', 'Communication', evidence),
      );
    }
  });
});
