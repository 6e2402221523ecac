import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { loadCaseloadPage, walkToPage, type PageCursor } from '../../src/casework/caseloadPaging';
import { casesFound, countsBatch, readCounts, type CaseloadFilters } from '../../src/casework/caseloadQuery';
import type { Task } from 'fhir/r4';
import type { FhirGateway } from '../../src/fhir/gateway';
import { sandboxApi } from '../support/api';
import { startTestSandbox } from '../support/sandbox';
import { assignCase } from '../../src/casework/api';
import { caseFlags } from '../../src/casework/caseFlags';
import { ADVISER_USER, gatewayFor } from './adviser-support';

const ORG = 'Organization/org-advice';

// The caseload against the sandbox as it is, and behaving like a plain server (self/next links
// only, no total unless asked): the same rows, the same order, Previous and Next both work.
describe.each([
  { plainServer: false, mode: 'full answers' },
  { plainServer: true, mode: 'plain server, self/next links only' },
])('adviser caseload with $mode', ({ plainServer }) => {
  let sandbox: RunningSandbox;
  let gateway: FhirGateway;
  const ids = async (filters: CaseloadFilters): Promise<string[]> => {
    const { shown, history } = await walkToPage(gateway, ORG, filters, 100);
    const pages = await Promise.all(history.map((c) => loadCaseloadPage(gateway, ORG, filters, c)));
    expect(shown.next).toBeUndefined();
    return pages.flatMap((p) => p.rows.map((r) => r.taskId));
  };

  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer });
    gateway = await gatewayFor(sandbox, 'adviser');
  });
  afterAll(() => sandbox.close());

  it('lists the open cases, urgent first then oldest, with referral and patient in the same response', async () => {
    const first = await loadCaseloadPage(gateway, ORG, { status: 'open' }, { segment: 0 });
    // One page: the urgent search and the routine one, sent together.
    expect(first.requests).toBe(2);
    expect(first.next).toBeUndefined();
    expect(first.rows.map((r) => r.urgent)).toEqual([true, true, true, false, false, false, false]);
    expect(first.rows.every((r) => r.patientName !== 'Patient details not available')).toBe(true);
    expect(first.rows.find((r) => r.taskId === 'task-01')?.areas).toEqual(['benefits', 'debt']);
    expect(await ids({ status: 'open' })).toEqual([
      'task-11',
      'task-02',
      'task-01',
      'task-05',
      'task-06',
      'task-04',
      'task-03',
    ]);
  });

  it('filters by status, stage, area of law and urgency as search parameters', async () => {
    expect(await ids({ status: 'completed' })).toEqual(['task-07']);
    expect(await ids({ status: 'open', stage: 'casework' })).toEqual(['task-04']);
    expect(await ids({ status: 'open', urgency: 'urgent' })).toEqual(['task-11', 'task-02', 'task-01']);
    expect(await ids({ status: 'all', area: 'debt' })).toEqual(['task-11', 'task-01', 'task-07']);
    expect(await ids({ status: 'all', urgency: 'routine', stage: 'closed' })).toEqual([
      'task-07',
      'task-10',
      'task-08',
      'task-09',
    ]);
  });

  it('counts every status in one batch request, and says how many cases the filter found', async () => {
    const counts = readCounts(await gateway.transaction(countsBatch(ORG, { status: 'open' })));
    expect(counts).toMatchObject({
      requested: 2,
      accepted: 2,
      'in-progress': 2,
      'on-hold': 1,
      completed: 1,
      rejected: 1,
      cancelled: 1,
      failed: 1,
    });
    expect(casesFound(counts, 'open')).toBe(7);
  });

  it('pages forward by next links and back along the pages seen, across the urgent/routine boundary', async () => {
    const open: CaseloadFilters = { status: 'open' };
    const seen: string[][] = [];
    // The cursors of the pages gone through: "Previous" goes back along them, never a server link.
    const history: PageCursor[] = [{ segment: 0 }];
    const requests: number[] = [];
    let shown = await loadCaseloadPage(gateway, ORG, open, { segment: 0 }, 2);
    seen.push(shown.rows.map((r) => r.taskId));
    requests.push(shown.requests);
    while (shown.next) {
      history.push(shown.next);
      shown = await loadCaseloadPage(gateway, ORG, open, shown.next, 2);
      seen.push(shown.rows.map((r) => r.taskId));
      requests.push(shown.requests);
    }
    // Full pages across the boundary: the second page ends the urgent search and starts the routine one.
    expect(seen).toEqual([['task-11', 'task-02'], ['task-01', 'task-05'], ['task-06', 'task-04'], ['task-03']]);
    // The first page sends both searches together (one round trip); the page where the urgent
    // cases end makes two in turn; every other page one (or none, from rows carried over).
    expect(requests).toEqual([2, 2, 1, 0]);
    expect(history).toHaveLength(4);
    for (const expected of [seen[2], seen[1], seen[0]]) {
      history.pop();
      const back = await loadCaseloadPage(gateway, ORG, open, history.at(-1) ?? { segment: 0 }, 2);
      expect(back.rows.map((r) => r.taskId)).toEqual(expected);
    }
    // A reload at ?page=3 re-walks from the first page and lands on the same rows.
    const again = await walkToPage(gateway, ORG, open, 3, 2);
    expect(again.shown.rows.map((r) => r.taskId)).toEqual(seen[2]);
    expect(again.history).toHaveLength(3);
  });

  it('back from a case, rows carried over from the page before are read again, alongside the page', async () => {
    const open: CaseloadFilters = { status: 'open' };
    const page3 = (await walkToPage(gateway, ORG, open, 2, 2)).shown.next;
    expect(page3?.carry?.map((r) => [r.taskId, r.status])).toEqual([['task-06', 'on-hold']]);
    if (!page3) {
      return;
    }
    // Someone else moves the carried case meanwhile. (Case 06's consent was withdrawn, so the record
    // would not let an adviser resume it: the change is made with the sandbox's test-only admin client.)
    const admin = await sandboxApi(sandbox);
    const before = await admin<Task>('GET', 'Task/task-06');
    const moved = await admin(
      'PUT',
      'Task/task-06',
      { ...before.body, status: 'in-progress' },
      {
        'If-Match': `W/"${before.body.meta?.versionId ?? ''}"`,
      },
    );
    expect(moved.status).toBe(200);
    const fresh = await loadCaseloadPage(gateway, ORG, open, page3, 2, { refreshCarried: true });
    expect(fresh.rows.map((r) => [r.taskId, r.status])).toEqual([
      ['task-06', 'in-progress'],
      ['task-04', 'in-progress'],
    ]);
    expect(fresh.requests).toBe(2);
  });
});

// "Search cases": one standard chained search on Task, in the same single request as the page.
describe.each([
  { plainServer: false, mode: 'full answers' },
  { plainServer: true, mode: 'plain server' },
])('caseload search with $mode', ({ plainServer }) => {
  let sandbox: RunningSandbox;
  let gateway: FhirGateway;
  const found = async (filters: CaseloadFilters): Promise<{ ids: string[]; requests: number }> => {
    const page = await loadCaseloadPage(gateway, ORG, { ...filters, urgency: 'routine' }, { segment: 0 });
    const urgent = await loadCaseloadPage(gateway, ORG, { ...filters, urgency: 'urgent' }, { segment: 0 });
    return { ids: [...urgent.rows, ...page.rows].map((r) => r.taskId).sort(), requests: page.requests };
  };

  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer });
    gateway = await gatewayFor(sandbox, 'adviser');
  });
  afterAll(() => sandbox.close());

  it('finds a patient’s cases by NHS number (spaces allowed), in one request per page', async () => {
    const result = await found({ status: 'all', text: '999 234 5675' });
    expect(result.ids).toEqual(['task-01', 'task-09']);
    expect(result.requests).toBe(1);
    expect((await found({ status: 'open', text: '9992345675' })).ids).toEqual(['task-01']);
    expect((await found({ status: 'all', text: '9990000000' })).ids).toEqual([]);
  });

  it('finds cases by name (any part, from its start, any case) and by referral reference, short or full', async () => {
    expect((await found({ status: 'all', text: 'hussain' })).ids).toEqual(['task-01', 'task-09']);
    expect((await found({ status: 'all', text: 'amira huss' })).ids).toEqual(['task-01', 'task-09']);
    expect((await found({ status: 'all', text: 'Whitf' })).ids).toEqual(['task-02']);
    expect((await found({ status: 'all', text: '5eed0000-0000-4000-8000-000000000004' })).ids).toEqual(['task-04']);
    // The short reference the GP was given, as it might be typed: its stored identifier on the referral.
    expect((await found({ status: 'all', text: 'HJP-0000-0004' })).ids).toEqual(['task-04']);
    expect((await found({ status: 'all', text: 'hjp 0000 0004' })).ids).toEqual(['task-04']);
  });

  it('never matches through a patient record the adviser may not see (closed case, consent expired)', async () => {
    // Case 07 (Rhys Evans) is closed and his consent expired: the Task is the organisation's, but
    // the Patient is hidden, so a name or NHS number must not find it (that would disclose who it is).
    expect((await found({ status: 'all' })).ids).toContain('task-07');
    expect((await found({ status: 'all', text: 'Evans' })).ids).toEqual([]);
    expect((await found({ status: 'all', text: '9998123453' })).ids).toEqual([]);
  });

  it('counts follow the search too', async () => {
    const counts = readCounts(await gateway.transaction(countsBatch(ORG, { status: 'all', text: 'Hussain' })));
    expect(counts).toMatchObject({ requested: 1, cancelled: 1, accepted: 0 });
  });
});

// Owner filters and flags: still one request per page (plus the routine search the first page sends
// alongside the urgent one), the flag facts in that same response.
describe.each([
  { plainServer: false, mode: 'full answers' },
  { plainServer: true, mode: 'plain server' },
])('caseload owner filters and flags with $mode', ({ plainServer }) => {
  let sandbox: RunningSandbox;
  let gateway: FhirGateway;
  const ME = 'PractitionerRole/adviser';
  const first = (filters: CaseloadFilters, pageSize?: number) =>
    loadCaseloadPage(gateway, ORG, filters, { segment: 0 }, pageSize);

  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer });
    gateway = await gatewayFor(sandbox, 'adviser');
    for (const [id, owner] of [
      ['task-03', ME],
      ['task-02', ME],
      ['task-04', 'PractitionerRole/adviser-2'],
    ] as const) {
      const task = await gateway.read<Task>('Task', id);
      const result = await assignCase(gateway, task, { reference: owner }, ADVISER_USER);
      expect(result.ok).toBe(true);
    }
  });
  afterAll(() => sandbox.close());

  it('"my cases" and "unassigned" filter on the server, one request per page', async () => {
    const mine = await first({ status: 'open', owner: 'mine', me: ME, urgency: 'routine' });
    expect(mine.rows.map((r) => r.taskId)).toEqual(['task-03']);
    expect(mine.requests).toBe(1);
    expect(mine.rows[0]?.owner?.reference).toBe(ME);
    const both = await first({ status: 'open', owner: 'mine', me: ME });
    expect(both.rows.map((r) => r.taskId)).toEqual(['task-02', 'task-03']);
    const unassigned = await first({ status: 'open', owner: 'unassigned' });
    expect(unassigned.rows.map((r) => r.taskId)).toEqual(['task-11', 'task-01', 'task-05', 'task-06']);
  });

  it('each assignment left a Provenance naming who assigned it', async () => {
    const provenances = await gateway.search('Provenance', { target: 'Task/task-04' });
    const agents = (provenances.entry ?? []).map(
      (e) => (e.resource as { agent?: { who?: { reference?: string } }[] }).agent?.[0]?.who?.reference,
    );
    expect(agents).toContain(ME);
  });

  it('brings the flag facts in the page’s own response: the GP’s unanswered reply, evidence sent', async () => {
    const page = await first({ status: 'open', urgency: 'routine' });
    expect(page.requests).toBe(1);
    const now = new Date();
    const flags = (id: string) => {
      const row = page.rows.find((r) => r.taskId === id);
      return row ? caseFlags(row.flags, now, 2).map((f) => f.text) : undefined;
    };
    expect(flags('task-04')).toEqual(['GP replied 17 days ago']);
    expect(flags('task-05')).toEqual(['GP sent evidence 25 days ago']);
    expect(flags('task-03')).toEqual([]);
  });

  it('"urgent, waiting over target" with "my cases" is one request per page and finds case 02 only', async () => {
    const urgentBefore = new Date(Date.now() - 1.5 * 86_400_000).toISOString();
    const filters: CaseloadFilters = { status: 'open', attention: 'urgent-waiting', urgentBefore };
    const waiting = await first(filters);
    expect(waiting.rows.map((r) => r.taskId)).toEqual(['task-02']);
    expect(waiting.requests).toBe(1);
    const mineWaiting = await first({ ...filters, owner: 'mine', me: ME }, 1);
    expect(mineWaiting.rows.map((r) => r.taskId)).toEqual(['task-02']);
    expect(mineWaiting.requests).toBe(1);
    const counts = readCounts(await gateway.transaction(countsBatch(ORG, filters)));
    expect(casesFound(counts, 'open', 'urgent-waiting')).toBe(1);
  });
});
