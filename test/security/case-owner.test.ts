import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Task } from '@medplum/fhirtypes';
import type { Task as R4Task } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { withCaseOwner } from '../../src/domain/caseOwner';
import { startTestSandbox } from '../support/sandbox';
import type { Api } from '../support/api';
import { addOtherOrgAdviser, appLaunch, Ledger, setupApi } from './support';

/**
 * The case owner (issue 11): only an adviser of the organisation that owns the case assigns it,
 * and only to an adviser of that organisation. Attempts straight at the API with the app's real scopes.
 */
let sandbox: RunningSandbox;
let admin: Api;
const ledger = new Ledger('Case owner and chained search');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
  await addOtherOrgAdviser(admin);
});
afterAll(async () => {
  await sandbox.close();
});

async function current(api: Api, id: string): Promise<Task> {
  const reply = await api<Task>('GET', `Task/${id}`);
  expect(reply.status).toBe(200);
  return reply.body;
}

function assigned(task: Task, reference: string | undefined): Task {
  const next = withCaseOwner(task as R4Task, reference ? { reference } : undefined, new Date().toISOString());
  return { ...next, meta: task.meta } as Task;
}

const ifMatch = (task: Task): Record<string, string> => ({ 'If-Match': `W/"${task.meta?.versionId ?? ''}"` });

describe('assigning a case', () => {
  it('refuses an owner outside the organisation, someone who is not an adviser, or made up', async () => {
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    for (const [who, owner] of [
      ['an adviser of another organisation', 'PractitionerRole/adviser-other'],
      ['the referring GP', 'PractitionerRole/gp'],
      ['the partnership lead (same organisation, not an adviser)', 'PractitionerRole/lead'],
      ['a role that does not exist', 'PractitionerRole/nobody'],
    ] as const) {
      const task = await current(adviser, 'task-03');
      await ledger.status(
        `adviser assigns case 03 to ${who}`,
        'refused',
        adviser('PUT', 'Task/task-03', assigned(task, owner), ifMatch(task)),
      );
    }
    expect((await current(admin, 'task-03')).extension ?? []).toEqual([]);
  });

  it('refuses the referrer and another organisation’s adviser assigning, allows the organisation’s adviser', async () => {
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-003')).api;
    const task = await current(gp, 'task-03');
    await ledger.status(
      'referring GP assigns case 03 to an adviser',
      'refused',
      gp('PUT', 'Task/task-03', assigned(task, 'PractitionerRole/adviser'), ifMatch(task)),
    );
    const other = (await appLaunch(sandbox, 'adviser', 'adviser-other')).api;
    await ledger.status(
      'adviser of another organisation assigns case 03 to themselves',
      'refused',
      other('PUT', 'Task/task-03', assigned(task, 'PractitionerRole/adviser-other'), ifMatch(task)),
    );
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    await ledger.status(
      'adviser assigns case 03 to a colleague of the organisation',
      'allowed',
      adviser('PUT', 'Task/task-03', assigned(task, 'PractitionerRole/adviser-2'), ifMatch(task)),
    );
    const mine = await adviser<Bundle>('GET', 'Task?case-owner=PractitionerRole/adviser-2&_summary=count');
    expect(mine.body.total).toBe(1);
    const now = await current(adviser, 'task-03');
    await ledger.status(
      'adviser gives case 03 back to nobody',
      'allowed',
      adviser('PUT', 'Task/task-03', assigned(now, undefined), ifMatch(now)),
    );
  });
});

describe('a chained search never discloses what the token may not see of the linked record', () => {
  it('an adviser cannot find a closed case by a name or NHS number its consent no longer lets them see', async () => {
    // Case 07 (pat-007) is closed and its consent expired: the Task is the organisation's, the Patient hidden.
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    await ledger.status(
      'adviser reads pat-007 (closed, consent expired)',
      'refused',
      adviser('GET', 'Patient/pat-007'),
    );
    for (const [what, query] of [
      ['family name', 'patient.family=Evans'],
      ['name', 'patient:Patient.name=Rhys'],
      ['NHS number', 'patient.identifier=https://fhir.nhs.uk/Id/nhs-number|9998123453'],
    ] as const) {
      await ledger.search(
        `adviser finds closed case 07 by the patient’s ${what} (chained search)`,
        'refused',
        'Task',
        adviser('GET', `Task?${query}&_summary=count`),
      );
    }
    await ledger.search(
      'adviser finds open case 01 by the patient’s NHS number (chained search)',
      'allowed',
      'Task',
      adviser('GET', 'Task?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|9992345675&status=requested'),
    );
  });
});
