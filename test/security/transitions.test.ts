import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import type { Api } from '../support/api';
import { appLaunch, Ledger, setupApi } from './support';

/**
 * The referral Task's transition table (src/domain/transitions.ts) held by the record: each
 * attempt is a well-formed PUT with the current If-Match, from a token the app itself is given.
 */
let sandbox: RunningSandbox;
let admin: Api;
const ledger = new Ledger('Task transitions');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

async function current(id: string): Promise<Task> {
  return (await admin<Task>('GET', `Task/${id}`)).body;
}

function put(api: Api, task: Task): ReturnType<Api> {
  return api('PUT', `Task/${task.id ?? ''}`, task, { 'If-Match': `W/"${task.meta?.versionId ?? ''}"` });
}

describe('forbidden transitions, with the app’s own scopes', () => {
  it('refuses reopening, a GP completing, an owner change and a cancel by someone who did not refer', async () => {
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    const completed = await current('task-07');
    await ledger.status(
      'adviser reopens a completed case',
      'refused',
      put(adviser, { ...completed, status: 'in-progress' }),
    );

    const task04 = await current('task-04');
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    await ledger.status('GP completes the case', 'refused', put(gp, { ...task04, status: 'completed' }));

    const task03 = await current('task-03');
    await ledger.status(
      'adviser hands the case to another organisation',
      'refused',
      put(adviser, { ...task03, owner: { reference: 'Organization/org-gp-practice' } }),
    );

    const nurse = (await appLaunch(sandbox, 'clinician', 'ward-nurse', 'pat-001')).api;
    const task01 = await current('task-01');
    await ledger.status(
      'a clinician who did not refer cancels',
      'refused',
      put(nurse, { ...task01, status: 'cancelled', statusReason: { text: 'Not mine to cancel.' } }),
    );
    await ledger.status(
      'GP (the referrer) accepts on the adviser’s behalf',
      'refused',
      put((await appLaunch(sandbox, 'clinician', 'gp', 'pat-001')).api, { ...task01, status: 'accepted' }),
    );
    const withdrawn = await current('task-06');
    await ledger.status(
      'adviser resumes a case whose consent was withdrawn',
      'refused',
      put(adviser, { ...withdrawn, status: 'in-progress' }),
    );
  });

  it('lets the moves the table allows through (controls)', async () => {
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    const accepted = await ledger.status(
      'adviser accepts a requested case',
      'allowed',
      put(adviser, { ...(await current('task-01')), status: 'accepted' }),
    );
    expect(accepted.status).toBe(200);
    const withdrawn = await current('task-06');
    await ledger.status(
      'adviser closes a case whose consent was withdrawn',
      'allowed',
      put(adviser, { ...withdrawn, status: 'completed' }),
    );
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-003')).api;
    await ledger.status(
      'GP (the referrer) cancels their referral',
      'allowed',
      put(gp, { ...(await current('task-03')), status: 'cancelled', statusReason: { text: 'Sent in error.' } }),
    );
  });
});

describe('evidence requests', () => {
  it('are answered only by the clinician they are addressed to', async () => {
    const nurse = (await appLaunch(sandbox, 'clinician', 'ward-nurse', 'pat-004')).api;
    // A well-formed answer (an output naming the answering message), so only the access rule can refuse it.
    const request: Task = { ...(await current('evid-04')), output: (await current('evid-05')).output };
    await ledger.status(
      'a clinician it is not addressed to answers it',
      'refused',
      put(nurse, { ...request, status: 'completed' }),
    );
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    await ledger.status(
      'the adviser completes it on the GP’s behalf',
      'refused',
      put(adviser, { ...request, status: 'completed' }),
    );
  });
});
