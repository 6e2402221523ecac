import type { Bundle, Patient, ServiceRequest, Task } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import {
  AREA_CHAIN,
  caseloadParams,
  casesFound,
  countsBatch,
  isUrgentPriority,
  readCounts,
  urgencySegments,
} from './caseloadQuery';
import { readCaseloadPage } from './caseloadRows';

const ORG = 'Organization/org-advice';

describe('caseload query', () => {
  it('asks for one page of urgent cases (any code above routine), oldest first, with the referral and patient included', () => {
    expect(caseloadParams(ORG, { status: 'open' })).toEqual({
      owner: ORG,
      code: 'http://hl7.org/fhir/CodeSystem/task-code|fulfill',
      priority: 'urgent,asap,stat',
      status: 'requested,accepted,in-progress,on-hold',
      _sort: 'authored-on',
      _count: '20',
      _include: ['Task:focus', 'Task:patient'],
      _revinclude: 'Task:part-of',
      '_revinclude:iterate': 'Communication:based-on',
    });
  });

  it('orders by urgency with two searches, never by how the codes sort: urgent first, then everything else', () => {
    expect(urgencySegments({})).toEqual(['urgent', 'routine']);
    expect(urgencySegments({ urgency: 'routine' })).toEqual(['routine']);
    const rest = caseloadParams(ORG, { status: 'open' }, 'routine');
    expect(rest.priority).toBeUndefined();
    expect(rest['priority:not']).toEqual(['urgent', 'asap', 'stat']);
    expect(rest._sort).toBe('authored-on');
    expect(['urgent', 'asap', 'stat'].every(isUrgentPriority)).toBe(true);
    expect(isUrgentPriority('routine') || isUrgentPriority(undefined)).toBe(false);
  });

  it('says how many cases were found from the counts, or nothing until all are in', () => {
    const counts = { requested: 2, accepted: 1, 'in-progress': 3, 'on-hold': 1, completed: 4 };
    expect(casesFound(counts, 'open')).toBe(7);
    expect(casesFound(counts, 'completed')).toBe(4);
    expect(casesFound(counts, 'all')).toBeUndefined();
    expect(casesFound(undefined, 'open')).toBeUndefined();
  });

  it('turns each filter into a search parameter; "all" drops the status', () => {
    const params = caseloadParams(ORG, { status: 'all', stage: 'casework', area: 'debt', urgency: 'urgent' });
    expect(params.status).toBeUndefined();
    expect(params['business-status']).toBe('https://fhir.hjp-link.org.uk/CodeSystem/business-stage|casework');
    expect(params[AREA_CHAIN]).toBe('https://fhir.hjp-link.org.uk/CodeSystem/welfare-law-area|debt');
    expect(params.priority).toBe('urgent,asap,stat');
  });

  it('counts every status in one batch, under the same filters, and reads the totals back', () => {
    const batch = countsBatch(ORG, { status: 'open', urgency: 'urgent' });
    expect(batch.type).toBe('batch');
    expect(batch.entry).toHaveLength(8);
    expect(
      batch.entry?.every(
        (e) => e.request?.url.includes('_summary=count') && e.request.url.includes('priority=urgent%2Casap%2Cstat'),
      ),
    ).toBe(true);
    const response: Bundle = {
      resourceType: 'Bundle',
      type: 'batch-response',
      entry: batch.entry?.map((_, i) => ({ resource: { resourceType: 'Bundle', type: 'searchset', total: i } })) ?? [],
    };
    expect(readCounts(response)).toMatchObject({ requested: 0, accepted: 1, failed: 6, completed: 7 });
    expect(readCounts({ resourceType: 'Bundle', type: 'batch-response' })).toEqual({});
  });

  it('reads a page: rows from matches, details from includes, paging links', () => {
    const task: Task = {
      resourceType: 'Task',
      id: 't1',
      status: 'requested',
      intent: 'order',
      priority: 'urgent',
      focus: { reference: 'ServiceRequest/s1' },
      for: { reference: 'Patient/p1' },
    };
    const referral: ServiceRequest = {
      resourceType: 'ServiceRequest',
      id: 's1',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/p1' },
      reasonCode: [
        { coding: [{ system: 'https://fhir.hjp-link.org.uk/CodeSystem/welfare-law-area', code: 'housing' }] },
      ],
    };
    const patient: Patient = {
      resourceType: 'Patient',
      id: 'p1',
      name: [{ family: 'Smith', given: ['Jo'] }],
      identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9992345675' }],
    };
    const page = readCaseloadPage({
      resourceType: 'Bundle',
      type: 'searchset',
      total: 41,
      link: [{ relation: 'next', url: 'http://x/fhir/Task?_offset=20' }],
      entry: [
        { search: { mode: 'match' }, resource: task },
        { search: { mode: 'include' }, resource: referral },
        { search: { mode: 'include' }, resource: patient },
      ],
    });
    expect(page.rows).toEqual([
      {
        taskId: 't1',
        status: 'requested',
        stage: undefined,
        urgent: true,
        authoredOn: undefined,
        patientName: 'SMITH, Jo',
        nhsNumber: '999 234 5675',
        areas: ['housing'],
        referrer: undefined,
        owner: undefined,
        flags: {},
      },
    ]);
    expect(page.next).toBe('http://x/fhir/Task?_offset=20');
    expect(page.total).toBe(41);
  });
});

describe('caseload query: owner, search and needs-attention filters', () => {
  it('"my cases" and "unassigned" are searches on the case-owner extension', () => {
    expect(caseloadParams(ORG, { status: 'open', owner: 'mine', me: 'PractitionerRole/adviser' })['case-owner']).toBe(
      'PractitionerRole/adviser',
    );
    expect(caseloadParams(ORG, { status: 'open', owner: 'unassigned' })['case-owner:missing']).toBe('true');
  });

  it('brings the flag facts in the same request', () => {
    expect(caseloadParams(ORG, { status: 'open' })).toMatchObject({
      _revinclude: 'Task:part-of',
      '_revinclude:iterate': 'Communication:based-on',
    });
  });

  it('"urgent, waiting over target" searches urgent referrals still requested, authored before the bound', () => {
    const filters = { status: 'open', attention: 'urgent-waiting', urgentBefore: '2026-11-29T12:00:00.000Z' } as const;
    expect(urgencySegments(filters)).toEqual(['urgent']);
    const params = caseloadParams(ORG, filters);
    expect(params).toMatchObject({
      status: 'requested',
      priority: 'urgent,asap,stat',
      'authored-on': 'lt2026-11-29T12:00:00.000Z',
    });
    expect(casesFound({ requested: 2, accepted: 5 }, 'open', 'urgent-waiting')).toBe(2);
    expect(urgencySegments({ attention: 'urgent-waiting', urgency: 'routine' })).toEqual([]);
  });
});
