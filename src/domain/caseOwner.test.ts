import type { Provenance, Task } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { assignmentBundle, caseOwnerOf, ownerText, withCaseOwner } from './caseOwner';

const TASK: Task = {
  resourceType: 'Task',
  id: 'task-01',
  meta: { versionId: '3' },
  status: 'requested',
  intent: 'order',
  for: { reference: 'Patient/pat-001' },
  owner: { reference: 'Organization/org-advice' },
  extension: [{ url: 'https://example.org/other', valueString: 'kept' }],
};
const ME = { reference: 'PractitionerRole/adviser', display: 'Fatima Begum' };

describe('case owner', () => {
  it('gives the case to an adviser and back to nobody, leaving Task.owner (the organisation) and other extensions', () => {
    const assigned = withCaseOwner(TASK, ME, '2026-01-02T10:00:00Z');
    expect(caseOwnerOf(assigned)).toEqual(ME);
    expect(assigned.owner).toEqual(TASK.owner);
    expect(assigned.extension).toHaveLength(2);
    const reassigned = withCaseOwner(assigned, { reference: 'PractitionerRole/adviser-2' }, '2026-01-02T11:00:00Z');
    expect(reassigned.extension?.filter((e) => e.valueReference)).toHaveLength(1);
    const none = withCaseOwner(assigned, undefined, '2026-01-02T12:00:00Z');
    expect(caseOwnerOf(none)).toBeUndefined();
    expect(caseOwnerOf(TASK)).toBeUndefined();
  });

  it('writes the Task under If-Match with a Provenance of who assigned it', () => {
    const bundle = assignmentBundle(TASK, ME, { reference: 'PractitionerRole/adviser-2' }, '2026-01-02T10:00:00Z');
    const [task, provenance] = bundle.entry ?? [];
    expect(task?.request).toMatchObject({ method: 'PUT', url: 'Task/task-01', ifMatch: 'W/"3"' });
    const p = provenance?.resource as Provenance;
    expect(p.agent[0]?.who.reference).toBe('PractitionerRole/adviser-2');
    expect(p.target.map((t) => t.reference)).toEqual(['Task/task-01', 'Patient/pat-001']);
    expect((task?.resource as Task).relevantHistory?.[0]?.reference).toBe(provenance?.fullUrl);
  });

  it('says who has the case', () => {
    expect(ownerText(undefined, ME.reference)).toBe('Unassigned');
    expect(ownerText(ME, ME.reference)).toBe('Assigned to you');
    expect(ownerText(ME, 'PractitionerRole/adviser-2')).toBe('Assigned to Fatima Begum');
  });
});
