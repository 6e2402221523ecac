import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { buildMessage } from '../../src/domain/messages';
import { createOnce } from '../../src/fhir/createOnce';
import { createGateway, type FhirGateway } from '../../src/fhir/gateway';
import { SCOPES, type LaunchProfile } from '../../src/smart/scopes';
import { markRead } from '../../src/timeline/api';
import { loadReferral, loadWorklistPage } from '../../src/timeline/worklistApi';
import { DEFAULT_FILTERS, type WorklistFilters } from '../../src/timeline/worklistFilterCodes';
import { startTestSandbox } from '../support/sandbox';
import { launchHeadless } from '../support/smart';

const GP = 'PractitionerRole/gp';

async function gatewayAs(sandbox: RunningSandbox, user: string, profile: LaunchProfile): Promise<FhirGateway> {
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
    user,
    scope: SCOPES[profile].join(' '),
  });
  return createGateway({
    baseUrl: sandbox.urls.fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
  });
}

/** Every row of the worklist, page by page through `next` links. */
async function allRows(gateway: FhirGateway, filters: WorklistFilters, pageSize: number) {
  const pages = [await loadWorklistPage(gateway, GP, filters, undefined, pageSize)];
  while (pages.at(-1)?.next && pages.length < 20) {
    pages.push(await loadWorklistPage(gateway, GP, filters, pages.at(-1)?.next, pageSize));
  }
  return { pages, rows: pages.flatMap((p) => p.rows) };
}

// The app's worklist path on a full and a plain server (no bodies unless asked, self/next links only).
describe.each([false, true])('the practice worklist (plain server: %s)', (plainServer) => {
  let sandbox: RunningSandbox;
  let gp: FhirGateway;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer });
    gp = await gatewayAs(sandbox, 'gp', 'practice');
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('lists the practice’s referrals with their patients, what needs attention first, never the hospital’s', async () => {
    const { rows } = await loadWorklistPage(gp, GP, DEFAULT_FILTERS, undefined);
    const tasks = rows.map((r) => r.taskId);
    expect(tasks).not.toContain('task-02');
    expect(tasks).toEqual(expect.arrayContaining(['task-01', 'task-03', 'task-04', 'task-07', 'task-08', 'task-11']));
    // The open evidence request asked of this GP (evid-04) comes first, with when it is due.
    expect(rows[0]?.taskId).toBe('task-04');
    expect(rows[0]?.attention).toContain('evidence');
    expect(rows[0]?.evidenceDue[0]).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(rows.find((r) => r.taskId === 'task-04')?.patientName).toMatch(/Kowalska/i);
    expect(rows.find((r) => r.taskId === 'task-08')?.attention).toContain('rejected');
    expect(rows.find((r) => r.taskId === 'task-07')?.attention).toContain('outcome');
  });

  it('filters by attention, by who made it and by status with search parameters', async () => {
    const rejected = await loadWorklistPage(gp, GP, { ...DEFAULT_FILTERS, attention: 'rejected' }, undefined);
    expect(rejected.rows.map((r) => r.taskId)).toEqual(['task-08']);
    const open = await loadWorklistPage(gp, GP, { ...DEFAULT_FILTERS, status: 'open' }, undefined);
    expect(open.rows.every((r) => ['requested', 'accepted', 'in-progress', 'on-hold'].includes(r.status))).toBe(true);
    const contradictory = await loadWorklistPage(
      gp,
      GP,
      { who: 'practice', status: 'open', attention: 'outcome' },
      undefined,
    );
    expect(contradictory.rows).toEqual([]);
    const nurse = await gatewayAs(sandbox, 'ward-nurse', 'practice');
    const theirs = await loadWorklistPage(
      nurse,
      'PractitionerRole/ward-nurse',
      { ...DEFAULT_FILTERS, who: 'mine' },
      undefined,
    );
    expect(theirs.rows.map((r) => r.taskId)).toEqual(['task-02']);
  });

  it('pages with `next` links only: every referral once, the last page without a next', async () => {
    const whole = await loadWorklistPage(gp, GP, DEFAULT_FILTERS, undefined, 100);
    const { pages, rows } = await allRows(gp, DEFAULT_FILTERS, 3);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.at(-1)?.next).toBeUndefined();
    expect(rows.map((r) => r.taskId).sort()).toEqual(whole.rows.map((r) => r.taskId).sort());
    const withMessages = await allRows(gp, { ...DEFAULT_FILTERS, attention: 'messages' }, 3);
    expect(withMessages.rows.every((r) => r.unread > 0)).toBe(true);
  });

  it('counts a new adviser message until the GP opens it, then never again (read state in the record)', async () => {
    const adviser = await gatewayAs(sandbox, 'adviser', 'adviser');
    const unreadOn = async (taskId: string): Promise<number | undefined> =>
      (await loadWorklistPage(gp, GP, DEFAULT_FILTERS, undefined, 100)).rows.find((r) => r.taskId === taskId)?.unread;
    const before = (await unreadOn('task-03')) ?? 0;
    await createOnce(
      adviser,
      buildMessage({
        identifier: randomUUID(),
        category: 'message',
        patientId: 'pat-003',
        about: ['Task/task-03'],
        basedOn: 'ServiceRequest/ref-03',
        sender: 'PractitionerRole/adviser',
        recipients: [GP],
        text: 'We have booked a call for Tuesday.',
        sent: new Date(),
      }),
    );
    expect(await unreadOn('task-03')).toBe(before + 1);
    const referral = (await loadReferral(gp, 'ref-03'))?.summary;
    expect(referral?.messages.length).toBeGreaterThan(0);
    expect(await markRead(gp, referral?.messages ?? [], GP)).toBe(true);
    expect(await unreadOn('task-03')).toBe(0);
    expect((await loadReferral(gp, 'ref-03'))?.patient?.id).toBe('pat-003');
    expect(await loadReferral(gp, 'ref-02')).toBeUndefined();
    // A second look marks nothing: the marks are in the record, not in this session.
    const again = (await loadReferral(gp, 'ref-03'))?.summary;
    expect(await markRead(gp, again?.messages ?? [], GP)).toBe(false);
  });
});
