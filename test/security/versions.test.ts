import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, Consent, ServiceRequest, Task } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import type { Api } from '../support/api';
import { appLaunch, Ledger, setupApi } from './support';

/** Updates must say which version they change: 428 without If-Match, 412 when stale, no lost update. */
let sandbox: RunningSandbox;
let admin: Api;
const ledger = new Ledger('Versioned writes');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

describe('If-Match', () => {
  it('answers 428 to an update without If-Match and 412 to a stale one', async () => {
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    const task = (await admin<Task>('GET', 'Task/task-04')).body;
    await ledger.status('PUT Task without If-Match', 'refused', adviser('PUT', 'Task/task-04', task), 428);
    const request = (await admin<ServiceRequest>('GET', 'ServiceRequest/ref-04')).body;
    await ledger.status(
      'PUT ServiceRequest without If-Match',
      'refused',
      gp('PUT', 'ServiceRequest/ref-04', request),
      428,
    );
    const consent = (await admin<Consent>('GET', 'Consent/consent-04')).body;
    await ledger.status('PUT Consent without If-Match', 'refused', admin('PUT', 'Consent/consent-04', consent), 428);
    await ledger.status(
      'PUT Task without If-Match inside a transaction',
      'refused',
      adviser('POST', '', {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [{ resource: task, request: { method: 'PUT', url: 'Task/task-04' } }],
      }),
      428,
    );
    await ledger.status(
      'PUT Task with a stale If-Match',
      'refused',
      adviser('PUT', 'Task/task-04', task, { 'If-Match': 'W/"0"' }),
      412,
    );
  });

  it('loses no update when 10 writers change one Task at once (each re-reads on 412)', async () => {
    const writers = await Promise.all(
      Array.from({ length: 10 }, async () => (await appLaunch(sandbox, 'adviser', 'adviser')).api),
    );
    let conflicts = 0;
    await Promise.all(
      writers.map(async (api, i) => {
        for (;;) {
          const task = (await api<Task>('GET', 'Task/task-03')).body;
          const note: Annotation = { text: `writer ${i}` };
          const reply = await api(
            'PUT',
            'Task/task-03',
            { ...task, note: [...(task.note ?? []), note] },
            {
              'If-Match': `W/"${task.meta?.versionId ?? ''}"`,
            },
          );
          if (reply.status === 200) {
            return;
          }
          expect(reply.status).toBe(412);
          conflicts++;
        }
      }),
    );
    const notes = ((await admin<Task>('GET', 'Task/task-03')).body.note ?? []).map((n) => n.text);
    console.info(`10 parallel writers: ${notes.length} of 10 updates kept, ${conflicts} conflicts answered 412`);
    expect(notes.filter((t) => t.startsWith('writer')).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `writer ${i}`).sort(),
    );
  });

  it('refuses all 10 parallel writers that leave If-Match out, so none overwrites another', async () => {
    const api = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    const task = (await api<Task>('GET', 'Task/task-05')).body;
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api('PUT', 'Task/task-05', { ...task, note: [{ text: `blind writer ${i}` }] }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 428));
    expect((await admin<Task>('GET', 'Task/task-05')).body.meta?.versionId).toBe(task.meta?.versionId);
  });
});
