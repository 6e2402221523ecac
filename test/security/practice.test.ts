import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Communication } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { SCOPES } from '../../src/smart/scopes';
import type { Api } from '../support/api';
import { startTestSandbox } from '../support/sandbox';
import { launchHeadless } from '../support/smart';
import { appLaunch, disclosed, Ledger, setupApi } from './support';

/**
 * The practice worklist's token (launch profile `practice`: user-level scopes, no patient) reaches
 * only the referrals the user or their organisation made, with their Tasks, messages, Provenance
 * and patients; and the only write it has, marking a message to the user as read, changes
 * nothing else (write-rules.ts, readMarkOnly).
 */
let sandbox: RunningSandbox;
let admin: Api;
let gp: Api;
let nurse: Api;
const ledger = new Ledger('Practice worklist and read marks');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
  gp = (await appLaunch(sandbox, 'practice', 'gp')).api;
  nurse = (await appLaunch(sandbox, 'practice', 'ward-nurse')).api;
});
afterAll(async () => {
  await sandbox.close();
});

async function current(id: string): Promise<Communication> {
  const reply = await admin<Communication>('GET', `Communication/${id}`);
  expect(reply.status).toBe(200);
  return reply.body;
}

const ifMatch = (m: Communication): Record<string, string> => ({ 'If-Match': `W/"${m.meta?.versionId ?? ''}"` });

describe('the practice token reaches its practice’s referrals only', () => {
  it('is granted the practice profile’s user-level scopes, never more, whatever it asks for', async () => {
    const greedy = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
      user: 'gp',
      scope: `${SCOPES.practice.join(' ')} user/Task.cruds user/Communication.cruds user/Condition.rs user/QuestionnaireResponse.rs patient/Task.crus`,
    });
    const granted = greedy.scope.split(' ');
    expect(granted).toEqual(expect.arrayContaining(['user/Task.rs', 'user/Communication.rus']));
    expect(granted.filter((s) => /Condition|QuestionnaireResponse|Consent|^patient\//.test(s))).toEqual([]);
    expect(granted.filter((s) => s.startsWith('user/Task.') && /[cud]/.test(s.split('.')[1] ?? ''))).toEqual([]);
  });

  it('reads its referrals’ Tasks, messages and patients; nothing of the hospital’s referrals', async () => {
    await ledger.status('practice GP reads their referral Task', 'allowed', gp('GET', 'Task/task-04'));
    await ledger.status('practice GP reads a message on it', 'allowed', gp('GET', 'Communication/msg-04-1'));
    await ledger.status('practice GP reads its patient', 'allowed', gp('GET', 'Patient/pat-004'));
    await ledger.status('practice GP reads the ward’s Task', 'refused', gp('GET', 'Task/task-02'));
    await ledger.status('practice GP reads the ward’s patient', 'refused', gp('GET', 'Patient/pat-002'));
    await ledger.search(
      'practice GP searches the ward’s referral messages',
      'refused',
      'Communication',
      gp('GET', 'Communication?based-on=ServiceRequest/ref-02'),
    );
    await ledger.search(
      'practice GP counts the ward’s Tasks',
      'refused',
      'Task',
      gp('GET', 'Task?focus=ServiceRequest/ref-02&_summary=count'),
    );
    await ledger.status('practice GP reads screening answers', 'refused', gp('GET', 'QuestionnaireResponse/qr-01'));
    await ledger.status('practice GP reads a condition', 'refused', gp('GET', 'Condition/cond-001-depression'));
    const all = await gp<Bundle>('GET', 'Task?_count=100&_include=Task:patient');
    const patients = disclosed(all.body, 'Patient').map((p) => p.id);
    expect(patients).not.toContain('pat-002');
    expect(disclosed(all.body, 'Task').map((t) => t.id)).not.toContain('task-02');
  });

  it('a ward nurse without a patient reaches the hospital’s referrals, not the practice’s', async () => {
    await ledger.status('ward nurse (no patient) reads the ward’s Task', 'allowed', nurse('GET', 'Task/task-02'));
    await ledger.status('ward nurse (no patient) reads the practice’s Task', 'refused', nurse('GET', 'Task/task-04'));
    await ledger.status(
      'ward nurse (no patient) reads the practice’s message',
      'refused',
      nurse('GET', 'Communication/msg-04-1'),
    );
    await ledger.status(
      'ward nurse (no patient) searches the ward’s Provenance',
      'allowed',
      nurse('GET', 'Provenance?target=Task/task-02'),
    );
  });

  it('cannot create or change a referral’s records', async () => {
    const task = (await admin<{ meta?: { versionId?: string } }>('GET', 'Task/task-04')).body;
    await ledger.status(
      'practice GP updates a Task',
      'refused',
      gp('PUT', 'Task/task-04', { ...task, status: 'cancelled' }, { 'If-Match': `W/"${task.meta?.versionId ?? ''}"` }),
    );
    await ledger.status(
      'practice GP sends a message',
      'refused',
      gp('POST', 'Communication', { ...(await current('msg-04-2')), id: undefined, meta: undefined }),
    );
  });
});

describe('marking a message read is the only change a clinician can make to a message', () => {
  it('the recipient sets received on a message to them, once', async () => {
    const message = await current('msg-03-1');
    const marked = { ...message, received: new Date().toISOString() };
    await ledger.status(
      'GP marks a message to them read',
      'allowed',
      gp('PUT', 'Communication/msg-03-1', marked, ifMatch(message)),
    );
    const again = await current('msg-03-1');
    expect(again.received).toBe(marked.received);
    await ledger.status(
      'GP changes when they read it',
      'refused',
      gp('PUT', 'Communication/msg-03-1', { ...again, received: '2020-01-01T00:00:00Z' }, ifMatch(again)),
    );
    await ledger.status(
      'GP clears the read mark',
      'refused',
      gp('PUT', 'Communication/msg-03-1', { ...again, received: undefined }, ifMatch(again)),
    );
  });

  it('never changes the text, the sender, the recipients or the referral, nor someone else’s message', async () => {
    const message = await current('msg-04-1');
    const now = new Date().toISOString();
    const attempts: [string, Communication][] = [
      [
        'GP rewrites the adviser’s message while marking it',
        { ...message, received: now, payload: [{ contentString: 'Changed' }] },
      ],
      [
        'GP changes the sender while marking',
        { ...message, received: now, sender: { reference: 'PractitionerRole/gp' } },
      ],
      [
        'GP adds a recipient while marking',
        {
          ...message,
          received: now,
          recipient: [...(message.recipient ?? []), { reference: 'PractitionerRole/ward-nurse' }],
        },
      ],
      [
        'GP moves the message to another referral',
        { ...message, received: now, basedOn: [{ reference: 'ServiceRequest/ref-03' }] },
      ],
      ['GP changes the text without marking', { ...message, payload: [{ contentString: 'Changed' }] }],
    ];
    for (const [attempt, body] of attempts) {
      await ledger.status(attempt, 'refused', gp('PUT', 'Communication/msg-04-1', body, ifMatch(message)));
    }
    const own = await current('msg-04-2');
    await ledger.status(
      'GP marks their own message to the adviser read',
      'refused',
      gp('PUT', 'Communication/msg-04-2', { ...own, received: now }, ifMatch(own)),
    );
    const inRecord = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    await ledger.status(
      'GP in the record marks without If-Match',
      'refused',
      inRecord('PUT', 'Communication/msg-04-1', { ...message, received: now }),
      428,
    );
    await ledger.status(
      'GP in the record marks the message to them read',
      'allowed',
      inRecord('PUT', 'Communication/msg-04-1', { ...message, received: now }, ifMatch(message)),
    );
    const untouched = await current('msg-04-1');
    expect(untouched.payload).toEqual(message.payload);
    expect(untouched.sender).toEqual(message.sender);
  });
});
