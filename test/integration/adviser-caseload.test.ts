import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { caseloadParams, countsBatch, readCounts } from '../../src/casework/caseloadQuery';
import { readCaseloadPage } from '../../src/casework/caseloadRows';
import type { FhirGateway } from '../../src/fhir/gateway';
import { startTestSandbox } from '../support/sandbox';
import { gatewayFor } from './adviser-support';

let sandbox: RunningSandbox;
let gateway: FhirGateway;
const ORG = 'Organization/org-advice';

beforeAll(async () => {
  sandbox = await startTestSandbox();
  gateway = await gatewayFor(sandbox, 'adviser');
});
afterAll(async () => {
  await sandbox.close();
});

describe('adviser caseload against the sandbox', () => {
  it('lists the open cases, urgent first then oldest, with referral and patient in the same response', async () => {
    const page = readCaseloadPage(await gateway.search('Task', caseloadParams(ORG, { status: 'open' })));
    expect(page.rows.map((r) => r.taskId)).toEqual([
      'task-11',
      'task-02',
      'task-01',
      'task-05',
      'task-06',
      'task-04',
      'task-03',
    ]);
    expect(page.rows.every((r) => r.patientName !== 'Patient details not available')).toBe(true);
    expect(page.rows.find((r) => r.taskId === 'task-01')?.areas).toEqual(['benefits', 'debt']);
    expect(page.total).toBe(7);
  });

  it('filters by status, stage, area of law and urgency as search parameters', async () => {
    const search = async (filters: Parameters<typeof caseloadParams>[1]): Promise<string[]> =>
      readCaseloadPage(await gateway.search('Task', caseloadParams(ORG, filters))).rows.map((r) => r.taskId);
    expect(await search({ status: 'completed' })).toEqual(['task-07']);
    expect(await search({ status: 'open', stage: 'casework' })).toEqual(['task-04']);
    expect(await search({ status: 'open', urgency: 'urgent' })).toEqual(['task-11', 'task-02', 'task-01']);
    expect(await search({ status: 'all', area: 'debt' })).toEqual(['task-11', 'task-01', 'task-07']);
    expect(await search({ status: 'all', urgency: 'routine', stage: 'closed' })).toEqual([
      'task-07',
      'task-10',
      'task-08',
      'task-09',
    ]);
  });

  it('counts every status in one batch request', async () => {
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
  });

  it('pages through Bundle.link next and previous', async () => {
    const first = readCaseloadPage(await gateway.search('Task', caseloadParams(ORG, { status: 'all' }, 4)));
    expect(first.rows).toHaveLength(4);
    expect(first.next).toBeDefined();
    const second = readCaseloadPage(await gateway.page(first.next ?? ''));
    expect(second.rows).toHaveLength(4);
    expect(second.rows.map((r) => r.taskId)).not.toContain(first.rows[0]?.taskId);
    const back = readCaseloadPage(await gateway.page(second.previous ?? ''));
    expect(back.rows.map((r) => r.taskId)).toEqual(first.rows.map((r) => r.taskId));
  });
});
