import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Communication, ServiceRequest, Task } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import type { Api } from '../support/api';
import { launchHeadless } from '../support/smart';
import { appLaunch, disclosed, Ledger, sandboxApiWithToken, setupApi } from './support';

/**
 * A clinician in one patient's record reaches that patient only: reads, searches, counts,
 * includes, history, batch entries and writes. The adviser and the lead reach what their
 * role allows and no more.
 */
let sandbox: RunningSandbox;
let admin: Api;
const ledger = new Ledger('Compartment and roles');
const OTHERS = ['pat-002', 'pat-003', 'pat-004', 'pat-005', 'pat-006', 'pat-007', 'pat-008'];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

describe('a GP in Mrs Hussain’s record (pat-001)', () => {
  it('counts nothing of other patients', async () => {
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-001')).api;
    for (const other of OTHERS) {
      await ledger.search(
        `count ${other}'s referrals`,
        'refused',
        'ServiceRequest',
        gp('GET', `ServiceRequest?subject=Patient/${other}&_summary=count`),
      );
    }
    await ledger.search(
      'count pat-002’s Tasks',
      'refused',
      'Task',
      gp('GET', 'Task?patient=Patient/pat-002&_summary=count'),
    );
    // Unfiltered counts cover the patient in context only.
    for (const type of ['ServiceRequest', 'Task', 'Communication', 'Consent']) {
      const own = await gp<Bundle>('GET', `${type}?_summary=count`);
      const theirs = await admin<Bundle>('GET', `${type}?patient=Patient/pat-001&_summary=count`);
      expect(own.body.total, type).toBe(theirs.body.total);
    }
  });

  it('reads, includes and history stay with the patient', async () => {
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-001')).api;
    await ledger.status('read another patient', 'refused', gp('GET', 'Patient/pat-002'));
    await ledger.status('read another patient’s Task history', 'refused', gp('GET', 'Task/task-02/_history'));
    const included = await gp<Bundle>('GET', 'Task?_include=Task:patient&_include=Task:focus&_count=100');
    const patients = new Set(
      (included.body.entry ?? []).map((e) => e.resource?.resourceType === 'Patient' && e.resource.id),
    );
    expect([...patients].filter((p) => p !== false)).toEqual(['pat-001']);
    const batch = await gp<Bundle>('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: OTHERS.map((p) => ({ request: { method: 'GET', url: `Patient/${p}` } })),
    });
    const statuses = (batch.body.entry ?? []).map((e) => e.response?.status ?? '');
    await ledger.status(
      `batch reads of ${OTHERS.length} other patients (${statuses.filter((s) => s.startsWith('403')).length} refused)`,
      'refused',
      Promise.resolve({
        status: statuses.every((s) => s.startsWith('403')) ? 403 : 200,
        headers: new Headers(),
        body: batch.body.entry?.[0]?.response?.outcome,
      }),
    );
  });

  it('writes nothing about another patient', async () => {
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-001')).api;
    const task = (await admin<Task>('GET', 'Task/task-01')).body;
    const copy: Task = { ...task, id: undefined, meta: undefined, for: { reference: 'Patient/pat-002' } };
    await ledger.status('create a Task about another patient', 'refused', gp('POST', 'Task', copy));
    const message = (await admin<Communication>('GET', 'Communication/msg-04-2')).body;
    const both: Communication = {
      ...message,
      id: undefined,
      meta: { profile: message.meta?.profile },
      subject: { reference: 'Patient/pat-001' },
      about: [{ reference: 'Task/task-01' }],
      basedOn: [{ reference: 'ServiceRequest/ref-01' }],
      recipient: [{ reference: 'Patient/pat-004' }],
    };
    await ledger.status('create a message naming two patients', 'refused', gp('POST', 'Communication', both));
    const long: Communication = {
      ...both,
      recipient: message.recipient,
      payload: [{ contentString: 'x'.repeat(20_001) }],
    };
    await ledger.status('send a message beyond the text limit', 'refused', gp('POST', 'Communication', long));
  });
});

describe('other roles', () => {
  it('the adviser sees no patient without a referral to their organisation, and no contact details without consent', async () => {
    const created = await admin('POST', 'Patient', { resourceType: 'Patient', name: [{ family: 'Unreferred' }] });
    const id = (created.body as { id: string }).id;
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    await ledger.status('adviser reads a patient never referred', 'refused', adviser('GET', `Patient/${id}`));
    const withdrawn = await adviser<{ telecom?: unknown; address?: unknown; name?: unknown }>('GET', 'Patient/pat-006');
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.name).toBeDefined();
    expect(withdrawn.body.telecom).toBeUndefined();
    expect(withdrawn.body.address).toBeUndefined();
    await ledger.search(
      'adviser counts every Condition',
      'allowed',
      'Condition',
      adviser('GET', 'Condition?_summary=count'),
    );
    const everything = await admin<Bundle>('GET', 'Condition?_summary=count');
    const seen = await adviser<Bundle>('GET', 'Condition?_summary=count');
    expect(seen.body.total).toBeLessThan(everything.body.total ?? 0);
  });

  it('the lead reaches no record about a person, whatever the scopes say', async () => {
    const lead = (await appLaunch(sandbox, 'lead', 'lead')).api;
    await ledger.status('lead reads a referral', 'refused', lead('GET', 'ServiceRequest/ref-01'));
    await ledger.search(
      'lead counts referrals',
      'refused',
      'ServiceRequest',
      lead('GET', 'ServiceRequest?_summary=count'),
    );
    await ledger.status('lead reads a patient', 'refused', lead('GET', 'Patient/pat-001'));
    expect((await lead('GET', 'Organization/org-advice')).status).toBe(200);
  });

  it('the lead reads the evaluation’s MeasureReports (the dashboard’s search), and no Task, Patient or person-level report', async () => {
    const summary = {
      resourceType: 'MeasureReport',
      identifier: [{ system: 'https://fhir.hjp-link.org.uk/Id/measure-report', value: 'funnel/FY2026-27' }],
      status: 'complete',
      type: 'summary',
      measure: 'https://fhir.hjp-link.org.uk/Measure/hjp-funnel',
      date: '2026-11-30T09:00:00Z',
      period: { start: '2026-04-01', end: '2027-03-31' },
    };
    const individual = {
      ...summary,
      identifier: [{ system: 'https://fhir.hjp-link.org.uk/Id/measure-report', value: 'funnel/pat-001' }],
      type: 'individual',
      subject: { reference: 'Patient/pat-001' },
    };
    expect((await admin('POST', 'MeasureReport', summary)).status).toBe(201);
    const person = await admin<{ id: string }>('POST', 'MeasureReport', individual);
    expect(person.status).toBe(201);
    const lead = (await appLaunch(sandbox, 'lead', 'lead')).api;
    const dashboardSearch = await ledger.search(
      'lead searches the period’s MeasureReports',
      'allowed',
      'MeasureReport',
      lead(
        'GET',
        `MeasureReport?identifier=${encodeURIComponent('https://fhir.hjp-link.org.uk/Id/measure-report|funnel/FY2026-27,https://fhir.hjp-link.org.uk/Id/measure-report|funnel/pat-001')}&_count=20`,
      ),
    );
    expect(disclosed(dashboardSearch.body, 'MeasureReport').map((r) => (r as { type?: string }).type)).toEqual([
      'summary',
    ]);
    await ledger.status(
      'lead reads a person’s MeasureReport',
      'refused',
      lead('GET', `MeasureReport/${person.body.id}`),
    );
    await ledger.status('lead reads a referral Task', 'refused', lead('GET', 'Task/task-01'));
    await ledger.search('lead searches Tasks', 'refused', 'Task', lead('GET', 'Task?_count=50'));
    await ledger.search('lead searches patients', 'refused', 'Patient', lead('GET', 'Patient?_count=50'));
    await ledger.search(
      'lead searches screening answers',
      'refused',
      'QuestionnaireResponse',
      lead('GET', 'QuestionnaireResponse?_count=50'),
    );
    await ledger.status('lead writes a MeasureReport', 'refused', lead('POST', 'MeasureReport', summary));
  });
});

describe('a GP without a patient open (practice list)', () => {
  it('reaches the referrals their practice made, not the hospital’s', async () => {
    const gp = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
      user: 'gp',
      scope: 'launch openid fhirUser user/ServiceRequest.rs user/Task.rs user/Patient.r user/Condition.rs',
    });
    expect(gp.scope).not.toContain('Condition');
    const api = sandboxApiWithToken(sandbox, gp.access_token);
    const referrals = await api<Bundle>('GET', 'ServiceRequest?_count=100');
    const requesters = new Set(
      disclosed(referrals.body, 'ServiceRequest').map((r) => (r as ServiceRequest).requester?.reference),
    );
    expect([...requesters]).toEqual(['PractitionerRole/gp']);
    await ledger.status('practice GP reads the ward’s referral', 'refused', api('GET', 'ServiceRequest/ref-02'));
    await ledger.status('practice GP reads the ward’s Task', 'refused', api('GET', 'Task/task-02'));
    await ledger.status('practice GP reads the ward’s patient', 'refused', api('GET', 'Patient/pat-002'));
    await ledger.status('practice GP reads their own referral', 'allowed', api('GET', 'ServiceRequest/ref-01'));
  });
});
