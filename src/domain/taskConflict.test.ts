import type { Task } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { diffTask } from './taskConflict';
import { stageOf } from './labels';
import { changedTask, taskUpdateBundle } from './taskChange';

const base: Task = {
  resourceType: 'Task',
  id: 't1',
  meta: { versionId: '3' },
  status: 'in-progress',
  intent: 'order',
  businessStatus: { coding: [{ system: 'https://fhir.hjp-link.org.uk/CodeSystem/business-stage', code: 'contacted' }] },
};
const user = { reference: 'PractitionerRole/adviser', organisation: { reference: 'Organization/org-advice' } };

describe('task updates and conflicts', () => {
  it('builds the change on the version seen, and sends If-Match with that version', () => {
    const next = changedTask(base, { status: 'in-progress', stage: 'casework' }, 'adviser', '2026-11-27T10:00:00Z');
    expect(stageOf(next)).toBe('casework');
    expect(next.meta).toBeUndefined(); // only a version stamp: nothing to keep
    const bundle = taskUpdateBundle(next, '3', user, '2026-11-27T10:00:00Z');
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry?.[0]?.request).toEqual({ method: 'PUT', url: 'Task/t1', ifMatch: 'W/"3"' });
    expect(bundle.entry?.[1]?.resource?.resourceType).toBe('Provenance');
  });

  it('refuses a move the adviser may not make, and a rejection without a reason', () => {
    expect(() => changedTask({ ...base, status: 'completed' }, { status: 'in-progress' }, 'adviser', 'x')).toThrow(
      /cannot/,
    );
    expect(() => changedTask({ ...base, status: 'requested' }, { status: 'rejected' }, 'adviser', 'x')).toThrow(
      /reason/,
    );
  });

  it('closing statuses set the stage to closed and keep the reason', () => {
    const next = changedTask(
      { ...base, status: 'requested' },
      { status: 'rejected', reason: 'Out of area' },
      'adviser',
      'x',
    );
    expect(stageOf(next)).toBe('closed');
    expect(next.statusReason?.text).toBe('Out of area');
  });

  it('says in words what someone else changed', () => {
    const current: Task = {
      ...base,
      status: 'cancelled',
      statusReason: { text: 'Sent in error' },
      meta: { versionId: '4' },
    };
    expect(diffTask(base, current)).toEqual([
      { field: 'Status', before: 'In progress', after: 'Cancelled' },
      { field: 'Reason', before: 'None', after: 'Sent in error' },
    ]);
    expect(diffTask(base, { ...base, meta: { versionId: '4' } })).toEqual([]);
  });
});
