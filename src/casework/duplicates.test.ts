import type { Bundle, Communication, Provenance, ServiceRequest, Task } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { closedAsDuplicate, duplicateLinkBundle, otherOpenReferrals, type OpenReferral } from './duplicates';

const AREA = 'https://fhir.hjp-link.org.uk/CodeSystem/welfare-law-area';
const referral = (id: string, requester: string, authoredOn: string, area: string): ServiceRequest => ({
  resourceType: 'ServiceRequest',
  id,
  status: 'active',
  intent: 'order',
  subject: { reference: 'Patient/p1' },
  requester: { reference: requester },
  authoredOn,
  reasonCode: [{ coding: [{ system: AREA, code: area }] }],
});
const task = (id: string, status: Task['status'], focus: string, authoredOn: string): Task => ({
  resourceType: 'Task',
  id,
  meta: { versionId: '2' },
  status,
  intent: 'order',
  focus: { reference: `ServiceRequest/${focus}` },
  for: { reference: 'Patient/p1' },
  owner: { reference: 'Organization/org-advice' },
  authoredOn,
});

const KEEP: OpenReferral = {
  task: task('t1', 'accepted', 's1', '2026-11-01T10:00:00Z'),
  referral: referral('s1', 'PractitionerRole/gp', '2026-11-01T10:00:00Z', 'debt'),
};
const CLOSE: OpenReferral = {
  task: task('t2', 'requested', 's2', '2026-11-20T10:00:00Z'),
  referral: referral('s2', 'PractitionerRole/ward-nurse', '2026-11-20T10:00:00Z', 'housing'),
};
const USER = { reference: 'PractitionerRole/adviser', organisation: { reference: 'Organization/org-advice' } };

describe('duplicate referrals', () => {
  it('finds the patient’s other open referrals (not this one, not closed ones), oldest first, with their referral', () => {
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        { resource: CLOSE.task, search: { mode: 'match' } },
        { resource: KEEP.task, search: { mode: 'match' } },
        { resource: task('t3', 'completed', 's3', '2026-10-01T10:00:00Z'), search: { mode: 'match' } },
        { resource: KEEP.referral, search: { mode: 'include' } },
        { resource: CLOSE.referral, search: { mode: 'include' } },
      ],
    };
    expect(otherOpenReferrals(bundle, 't2').map((r) => [r.task.id, r.referral?.id])).toEqual([['t1', 's1']]);
    expect(otherOpenReferrals(bundle, 't9').map((r) => r.task.id)).toEqual(['t1', 't2']);
  });

  it('closes the duplicate with the coded reason: rejected if nobody accepted it, else cancelled', () => {
    const rejected = closedAsDuplicate(CLOSE.task, KEEP, '2026-12-01T10:00:00Z');
    expect(rejected.status).toBe('rejected');
    expect(rejected.statusReason?.coding?.[0]).toMatchObject({ code: 'duplicate' });
    expect(rejected.statusReason?.text).toBe(
      'Duplicate of another open referral for the same patient (referred 1 November 2026 for Debt): that case continues.',
    );
    expect(rejected.businessStatus?.coding?.[0]?.code).toBe('closed');
    expect(closedAsDuplicate({ ...CLOSE.task, status: 'in-progress' }, KEEP, '2026-12-01T10:00:00Z').status).toBe(
      'cancelled',
    );
  });

  it('links them in one transaction: the closed Task, a Provenance on both, a message to each referrer', () => {
    const bundle = duplicateLinkBundle({
      keep: KEEP,
      close: CLOSE,
      user: USER,
      now: new Date('2026-12-01T10:00:00Z'),
      messageIds: { keep: 'm-keep', close: 'm-close' },
    });
    const [closed, provenance, toClosed, toKept] = bundle.entry ?? [];
    expect(closed?.request).toMatchObject({ method: 'PUT', url: 'Task/t2', ifMatch: 'W/"2"' });
    expect((provenance?.resource as Provenance).target.map((t) => t.reference)).toEqual([
      'Task/t2',
      'Task/t1',
      'Patient/p1',
    ]);
    const a = toClosed?.resource as Communication;
    const b = toKept?.resource as Communication;
    expect(a.recipient?.[0]?.reference).toBe('PractitionerRole/ward-nurse');
    expect(a.about?.[0]?.reference).toBe('Task/t2');
    expect(a.payload?.[0]?.contentString).toMatch(
      /closed this referral as a duplicate.*referred 1 November 2026 for Debt/,
    );
    expect(b.recipient?.[0]?.reference).toBe('PractitionerRole/gp');
    expect(b.basedOn?.[0]?.reference).toBe('ServiceRequest/s1');
    expect(b.payload?.[0]?.contentString).toMatch(
      /also referred to us separately \(referred 20 November 2026 for Housing\)/,
    );
    expect(toKept?.request?.ifNoneExist).toMatch(/identifier=/);
  });
});
