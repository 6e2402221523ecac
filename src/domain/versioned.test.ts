import { describe, expect, it } from 'vitest';
import type { Task } from 'fhir/r4';
import { guardedPut } from './versioned';

const task: Task = { resourceType: 'Task', id: 't1', status: 'accepted', intent: 'order' };

describe('guardedPut', () => {
  it('always carries If-Match, and refuses to build an update whose version is unknown', () => {
    expect(guardedPut(task, '4').request).toEqual({ method: 'PUT', url: 'Task/t1', ifMatch: 'W/"4"' });
    expect(() => guardedPut(task, undefined)).toThrow(/version/);
  });
});
