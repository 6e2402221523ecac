import type { ServiceRequest, Task } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { updateCase } from '../../src/casework/api';
import { loadCase } from '../../src/casework/caseRecord';
import { isFhirError } from '../../src/fhir/errors';
import type { FhirGateway } from '../../src/fhir/gateway';
import { buildCancelTransaction } from '../../src/domain/referralCancel';
import { startTestSandbox } from '../support/sandbox';
import { ADVISER_USER, gatewayFor } from './adviser-support';

let sandbox: RunningSandbox;
let adviser: FhirGateway;
let adviser2: FhirGateway;
const ADVISER_2 = { reference: 'PractitionerRole/adviser-2', organisation: ADVISER_USER.organisation };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  [adviser, adviser2] = await Promise.all([gatewayFor(sandbox, 'adviser'), gatewayFor(sandbox, 'adviser-2')]);
});
afterAll(async () => {
  await sandbox.close();
});

async function versions(id: string): Promise<Task[]> {
  return (await loadCase(adviser, id, 'Organization/org-advice', new Date())).history;
}

describe('concurrent updates: no lost update, a clear conflict for the loser', () => {
  it('the clinician cancels while the adviser updates the same referral', async () => {
    const gp = await gatewayFor(sandbox, 'gp', { patient: 'pat-003' });
    const [task, referral] = await Promise.all([
      gp.read<Task>('Task', 'task-03'),
      gp.read<ServiceRequest>('ServiceRequest', 'ref-03'),
    ]);
    const seen = await adviser.read<Task>('Task', 'task-03');
    const [cancel, update] = await Promise.allSettled([
      gp.transaction(buildCancelTransaction(task, referral, 'Sent in error', new Date())),
      updateCase(adviser, seen, { status: 'in-progress', stage: 'contacted' }, ADVISER_USER),
    ]);
    const history = await versions('task-03');
    expect(history).toHaveLength(2); // exactly one of the two writes happened
    const final = history[0];
    if (cancel.status === 'fulfilled') {
      expect(final?.status).toBe('cancelled');
      expect(update.status === 'fulfilled' && !update.value.ok && update.value.changes).toContainEqual({
        field: 'Status',
        before: 'Accepted',
        after: 'Cancelled',
      });
    } else {
      expect(final?.status).toBe('in-progress');
      expect(isFhirError(cancel.reason) && cancel.reason.kind).toBe('conflict');
    }
  });

  it('two advisers update at once: one wins, the other is told what changed', async () => {
    const [seen1, seen2] = await Promise.all([
      adviser.read<Task>('Task', 'task-05'),
      adviser2.read<Task>('Task', 'task-05'),
    ]);
    const results = await Promise.all([
      updateCase(adviser, seen1, { status: 'on-hold' }, ADVISER_USER),
      updateCase(adviser2, seen2, { status: 'in-progress', stage: 'appeal-tribunal' }, ADVISER_2),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser?.ok === false ? loser.changes.length : 0).toBeGreaterThan(0);
    const history = await versions('task-05');
    expect(history).toHaveLength(2);
    const winner = results.find((r) => r.ok);
    expect(winner?.ok && winner.task.meta?.versionId).toBe(history[0]?.meta?.versionId);
  });

  it('the same adviser in two tabs: the second save from the old version is refused', async () => {
    const seen = await adviser.read<Task>('Task', 'task-11');
    expect((await updateCase(adviser, seen, { status: 'in-progress' }, ADVISER_USER)).ok).toBe(true);
    const second = await updateCase(adviser, seen, { status: 'accepted', stage: 'casework' }, ADVISER_USER);
    expect(second.ok).toBe(false);
    expect((await versions('task-11'))[0]?.status).toBe('in-progress');
  });
});
