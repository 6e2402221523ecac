import { describe, expect, it } from 'vitest';
import type { Bundle, Communication, Patient, Resource, ServiceRequest, Task } from 'fhir/r4';
import { NHS_NUMBER_SYSTEM } from '../../fhir-profiles/src/canonical';
import { TASK_TYPE } from '../../fhir-profiles/src/terminology';
import { buildReadMarks } from './readMarks';
import { unreadMessages } from './overview';
import { worklistParams, worklistRows } from './worklist';
import { DEFAULT_FILTERS, readWorklistSearch, worklistSearch } from './worklistFilterCodes';

const ME = 'PractitionerRole/gp';
const referral = (id: string, requester = ME, authoredOn = '2026-06-01'): ServiceRequest => ({
  resourceType: 'ServiceRequest',
  id,
  status: 'active',
  intent: 'order',
  subject: { reference: `Patient/p-${id}` },
  requester: { reference: requester },
  authoredOn,
});
const referralTask = (id: string, status: Task['status']): Task => ({
  resourceType: 'Task',
  id: `t-${id}`,
  status,
  intent: 'order',
  focus: { reference: `ServiceRequest/${id}` },
  for: { reference: `Patient/p-${id}` },
  requester: { reference: ME },
});
const evidence = (id: string, owner: string, due: string, status: Task['status'] = 'requested'): Task => ({
  resourceType: 'Task',
  id: `e-${id}-${due}`,
  status,
  intent: 'order',
  code: { coding: [{ system: TASK_TYPE.system, code: 'medical-evidence' }] },
  partOf: [{ reference: `Task/t-${id}` }],
  focus: { reference: `ServiceRequest/${id}` },
  owner: { reference: owner },
  restriction: { period: { end: due } },
});
const patient = (id: string, family: string): Patient => ({
  resourceType: 'Patient',
  id: `p-${id}`,
  name: [{ family, given: ['Ann'] }],
  identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9992345675' }],
});
const message = (id: string, to: string, extra: Partial<Communication> = {}): Communication => ({
  resourceType: 'Communication',
  id: `m-${id}-${to}`,
  meta: { versionId: '1' },
  status: 'completed',
  basedOn: [{ reference: `ServiceRequest/${id}` }],
  sender: { reference: 'PractitionerRole/adviser' },
  recipient: [{ reference: to }],
  sent: '2026-06-02T10:00:00Z',
  ...extra,
});
const bundle = (...resources: Resource[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource })),
});

describe('the practice worklist', () => {
  const page = bundle(
    referral('a', ME, '2026-06-05'),
    referralTask('a', 'accepted'),
    patient('a', 'Able'),
    referral('b', 'PractitionerRole/colleague', '2026-06-04'),
    referralTask('b', 'rejected'),
    patient('b', 'Baker'),
    referral('c', ME, '2026-06-03'),
    referralTask('c', 'in-progress'),
    evidence('c', ME, '2026-07-01'),
    evidence('c', 'PractitionerRole/colleague', '2026-06-10'),
    evidence('c', ME, '2026-06-20', 'completed'),
    referral('d', ME, '2026-06-02'),
    referralTask('d', 'completed'),
    referral('e', ME, '2026-06-06'),
    referralTask('e', 'in-progress'),
    message('e', ME),
    message('e', ME, { id: 'm-seen', received: '2026-06-03T09:00:00Z' }),
    message('e', 'PractitionerRole/colleague'),
  );

  it('puts what needs attention first: evidence asked of me (with its due date), new messages, rejections, outcomes', () => {
    const rows = worklistRows(page, ME, DEFAULT_FILTERS);
    expect(rows.map((r) => [r.serviceRequestId, r.attention])).toEqual([
      ['c', ['evidence']],
      ['e', ['messages']],
      ['b', ['rejected']],
      ['d', ['outcome']],
      ['a', []],
    ]);
    expect(rows[0]?.evidenceDue).toEqual(['2026-07-01']);
    expect(rows[1]?.unread).toBe(1);
    expect(rows.find((r) => r.serviceRequestId === 'b')).toMatchObject({ mine: false, patientName: 'BAKER, Ann' });
    expect(rows.find((r) => r.serviceRequestId === 'a')?.nhsNumber).toBe('999 234 5675');
  });

  it('keeps only the rows needing the chosen kind of attention', () => {
    const rows = worklistRows(page, ME, { ...DEFAULT_FILTERS, attention: 'messages' });
    expect(rows.map((r) => r.serviceRequestId)).toEqual(['e']);
  });

  it('asks the server for status and who, and nothing when the filters contradict each other', () => {
    expect(worklistParams({ who: 'mine', status: 'open' }, ME)).toMatchObject({
      requester: ME,
      status: 'requested,accepted,in-progress,on-hold',
      _count: '20',
    });
    expect(worklistParams({ ...DEFAULT_FILTERS, attention: 'rejected' }, ME)).toMatchObject({ status: 'rejected' });
    expect(worklistParams({ ...DEFAULT_FILTERS, attention: 'rejected' }, ME)).not.toHaveProperty('requester');
    expect(worklistParams({ who: 'practice', status: 'closed', attention: 'evidence' }, ME)).toBeUndefined();
    expect(worklistParams(DEFAULT_FILTERS, ME)).not.toHaveProperty('status');
  });

  it('keeps filter codes and the page in the address, never patient data, and ignores what it does not know', () => {
    const filters = { who: 'mine', status: 'closed', attention: 'outcome' } as const;
    expect(readWorklistSearch(worklistSearch(filters, 3))).toEqual({ filters, page: 3 });
    expect(worklistSearch(filters, 2)).toBe('attention=outcome&who=mine&status=closed&page=2');
    expect(readWorklistSearch('attention=<x>&who=all&status=nonsense&page=0')).toEqual({
      filters: DEFAULT_FILTERS,
      page: 1,
    });
  });
});

describe('read state in the record', () => {
  const thread = [
    message('a', ME),
    message('a', ME, { id: 'm-read', received: '2026-06-03T09:00:00Z' }),
    message('a', 'PractitionerRole/colleague', { id: 'm-theirs' }),
    message('a', ME, { id: 'm-mine', sender: { reference: ME } }),
  ];

  it('"new" is a message to me, from someone else, that I have not opened', () => {
    expect(unreadMessages(thread, ME).map((m) => m.id)).toEqual(['m-a-PractitionerRole/gp']);
  });

  it('marks only those read: received set, each update guarded by its version, nothing else changed', () => {
    const now = new Date('2026-06-04T12:00:00Z');
    const marks = buildReadMarks(thread, ME, now);
    expect(marks?.type).toBe('batch');
    expect(marks?.entry).toHaveLength(1);
    const entry = marks?.entry?.[0];
    expect(entry?.request).toEqual({ method: 'PUT', url: 'Communication/m-a-PractitionerRole/gp', ifMatch: 'W/"1"' });
    // The same message with received added: the server's version stamp goes, nothing else changes.
    const expected: Communication = { ...thread[0]!, received: '2026-06-04T12:00:00.000Z' };
    delete expected.meta;
    expect(entry?.resource).toEqual(expected);
    expect(buildReadMarks(thread.slice(1), ME, now)).toBeUndefined();
  });
});
