import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { BUSINESS_STAGE, localCoding } from '../../fhir-profiles/src/terminology';
import { CASEWORK } from '../../src/config/casework';
import { startTestSandbox } from '../support/sandbox';
import type { Api, Reply } from '../support/api';
import { appLaunch, Ledger, setupApi } from './support';

/**
 * Reopening a closed case (issue 11), attacked at the API with the app's real scopes: only an
 * adviser of the organisation that holds the case, only within casework.reopenWithinDays of
 * closing (the same rule module the app uses, src/domain/transitions.ts), and only with a reason.
 */
let sandbox: RunningSandbox;
let admin: Api;
const ledger = new Ledger('Reopening a closed case');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
  // Case 05 closed just now (setup with the admin API); case 07 was closed long ago (seed, 398 days).
  const open = (await admin<Task>('GET', 'Task/task-05')).body;
  const closed: Task = {
    ...open,
    status: 'completed',
    businessStatus: { coding: [localCoding(BUSINESS_STAGE, 'closed')], text: BUSINESS_STAGE.codes.closed },
    lastModified: new Date().toISOString(),
  };
  const reply = await admin('PUT', 'Task/task-05', closed, { 'If-Match': `W/"${open.meta?.versionId ?? ''}"` });
  expect(reply.status, 'setup: close case 05').toBeLessThan(300);
});
afterAll(async () => {
  await sandbox.close();
});

async function reopened(api: Api, id: string, reason: string | undefined): Promise<Reply> {
  const current = (await admin<Task>('GET', `Task/${id}`)).body;
  const next: Task = {
    ...current,
    status: 'in-progress',
    businessStatus: { coding: [localCoding(BUSINESS_STAGE, 'casework')], text: BUSINESS_STAGE.codes.casework },
    ...(reason ? { statusReason: { text: reason } } : {}),
    lastModified: new Date().toISOString(),
  };
  delete next.output;
  return api('PUT', `Task/${id}`, next, { 'If-Match': `W/"${current.meta?.versionId ?? ''}"` });
}

describe('reopening a closed case', () => {
  it('is refused to the GP, after the window and without a reason; allowed to the advice service within it', async () => {
    expect(CASEWORK.reopenWithinDays).toBeLessThan(398);
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-005')).api;
    await ledger.status(
      'GP (the referrer) reopens a case closed today',
      'refused',
      reopened(gp, 'task-05', 'Please reopen'),
    );
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    await ledger.status(
      `adviser reopens a case closed 398 days ago (window ${String(CASEWORK.reopenWithinDays)} days)`,
      'refused',
      reopened(adviser, 'task-07', 'Client came back'),
    );
    await ledger.status(
      'adviser reopens a case closed today without a reason',
      'refused',
      reopened(adviser, 'task-05', undefined),
    );
    await ledger.status(
      'adviser reopens a case closed today, with a reason',
      'allowed',
      reopened(adviser, 'task-05', 'Mandatory reconsideration lodged'),
    );
    const after = (await admin<Task>('GET', 'Task/task-05')).body;
    expect(after.status).toBe('in-progress');
  });
});
