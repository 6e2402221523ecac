import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Communication, Provenance, ServiceRequest, Task } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { linkDuplicates, loadOtherOpenReferrals } from '../../src/casework/api';
import type { FhirGateway } from '../../src/fhir/gateway';
import { sandboxApi, type Api } from '../support/api';
import { startTestSandbox } from '../support/sandbox';
import { ADVISER_USER, gatewayFor } from './adviser-support';

const ORG = 'Organization/org-advice';

/** A second open referral for case 03's patient (pat-003), from the ward nurse, set up with the admin API. */
async function addSecondReferral(admin: Api): Promise<void> {
  const sr = (await admin<ServiceRequest>('GET', 'ServiceRequest/ref-03')).body;
  const task = (await admin<Task>('GET', 'Task/task-03')).body;
  const authoredOn = new Date(Date.now() - 86_400_000).toISOString();
  const copy: ServiceRequest = {
    ...sr,
    id: 'ref-03b',
    meta: { profile: sr.meta?.profile },
    identifier: [{ system: sr.identifier?.[0]?.system, value: '5eed0000-0000-4000-8000-0000000003bb' }],
    requester: { reference: 'PractitionerRole/ward-nurse', display: 'Ciarán Byrne' },
    authoredOn,
  };
  const second: Task = {
    ...task,
    id: 'task-03b',
    meta: { profile: task.meta?.profile },
    status: 'requested',
    focus: { reference: 'ServiceRequest/ref-03b' },
    requester: { reference: 'PractitionerRole/ward-nurse' },
    authoredOn,
  };
  delete second.businessStatus;
  delete second.lastModified;
  delete second.relevantHistory;
  for (const r of [copy, second]) {
    const reply = await admin('PUT', `${r.resourceType}/${r.id ?? ''}`, r);
    expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
  }
}

describe('duplicate referrals against the sandbox', () => {
  let sandbox: RunningSandbox;
  let gateway: FhirGateway;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer: true });
    await addSecondReferral(await sandboxApi(sandbox));
    gateway = await gatewayFor(sandbox, 'adviser');
  });
  afterAll(() => sandbox.close());

  it('finds the other open referral, and none for a patient with one', async () => {
    const task03 = await gateway.read<Task>('Task', 'task-03');
    const others = await loadOtherOpenReferrals(gateway, task03, ORG);
    expect(others.map((r) => [r.task.id, r.referral?.id])).toEqual([['task-03b', 'ref-03b']]);
    // Case 01's patient has a cancelled referral too (09), which is not open: no notice.
    expect(await loadOtherOpenReferrals(gateway, await gateway.read<Task>('Task', 'task-01'), ORG)).toEqual([]);
  });

  it('links them: one continues, the other closes as duplicate, both referrers told, a Provenance on both', async () => {
    const task03 = await gateway.read<Task>('Task', 'task-03');
    const [other] = await loadOtherOpenReferrals(gateway, task03, ORG);
    const keep = { task: task03, referral: await gateway.read<ServiceRequest>('ServiceRequest', 'ref-03') };
    expect(other).toBeDefined();
    if (!other) {
      return;
    }
    await linkDuplicates(gateway, {
      keep,
      close: other,
      user: ADVISER_USER,
      now: new Date(),
      messageIds: { keep: crypto.randomUUID(), close: crypto.randomUUID() },
    });
    const closed = await gateway.read<Task>('Task', 'task-03b');
    expect(closed.status).toBe('rejected');
    expect(closed.statusReason?.coding?.[0]?.code).toBe('duplicate');
    expect(closed.statusReason?.text).toMatch(/^Duplicate of another open referral for the same patient/);
    expect((await gateway.read<Task>('Task', 'task-03')).status).toBe('accepted');

    const messages = await gateway.search('Communication', {
      'based-on': 'ServiceRequest/ref-03b,ServiceRequest/ref-03',
    });
    const sent = (messages.entry ?? [])
      .map((e) => e.resource as Communication)
      .filter(
        (m) =>
          m.sender?.reference === ADVISER_USER.reference &&
          /duplicate|separately/.test(m.payload?.[0]?.contentString ?? ''),
      );
    expect(sent.map((m) => m.recipient?.[0]?.reference).sort()).toEqual([
      'PractitionerRole/gp',
      'PractitionerRole/ward-nurse',
    ]);
    const provenance: Bundle = await gateway.search('Provenance', { target: 'Task/task-03b' });
    const targets = (provenance.entry ?? []).flatMap((e) => (e.resource as Provenance).target.map((t) => t.reference));
    expect(targets).toEqual(expect.arrayContaining(['Task/task-03b', 'Task/task-03']));
    // Linked: no other open referral is left for the patient.
    expect(await loadOtherOpenReferrals(gateway, await gateway.read<Task>('Task', 'task-03'), ORG)).toEqual([]);
  });
});
