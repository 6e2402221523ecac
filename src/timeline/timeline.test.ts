import { describe, expect, it } from 'vitest';
import type { Bundle, Communication, Provenance, ServiceRequest, Task } from 'fhir/r4';
import { TASK_TYPE } from '../../fhir-profiles/src/terminology';
import { changeAuthors, changeRecords } from '../domain/provenance';
import { outcomeLines, statusEvents, timeline } from './events';
import { referralSummaries } from './overview';

const sr = (id: string, status: ServiceRequest['status'], authoredOn: string): ServiceRequest => ({
  resourceType: 'ServiceRequest',
  id,
  status,
  intent: 'order',
  subject: { reference: 'Patient/p' },
  requester: { reference: 'PractitionerRole/gp' },
  authoredOn,
});
const task = (id: string, focus: string, status: Task['status'], extra: Partial<Task> = {}): Task => ({
  resourceType: 'Task',
  id,
  status,
  intent: 'order',
  focus: { reference: `ServiceRequest/${focus}` },
  requester: { reference: 'PractitionerRole/gp' },
  owner: { reference: 'Organization/org-advice' },
  ...extra,
});
const msg = (from: string, sent: string, based = 'a'): Communication => ({
  resourceType: 'Communication',
  status: 'completed',
  sender: { reference: from },
  sent,
  basedOn: [{ reference: `ServiceRequest/${based}` }],
  payload: [{ contentString: `from ${from}` }],
});
const evidence = (id: string, status: Task['status']): Task =>
  task(id, 'a', status, {
    code: { coding: [{ system: TASK_TYPE.system, code: 'medical-evidence' }] },
    restriction: { period: { end: '2026-07-01' } },
  });
const bundle = (...resources: (ServiceRequest | Task | Communication)[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource })),
});

describe('where the patient stands', () => {
  it('groups tasks, evidence requests and messages by referral; newest first; open', () => {
    const list = referralSummaries(
      bundle(
        sr('a', 'active', '2026-06-01'),
        sr('b', 'revoked', '2026-06-05'),
        task('t1', 'a', 'accepted'),
        evidence('e1', 'requested'),
        evidence('e2', 'completed'),
        task('t2', 'b', 'cancelled'),
        msg('PractitionerRole/adviser', '2026-06-02T10:00:00Z'),
        msg('PractitionerRole/gp', '2026-06-03T10:00:00Z'),
        msg('PractitionerRole/adviser', '2026-06-04T10:00:00Z'),
        msg('PractitionerRole/adviser', '2026-06-04T11:00:00Z'),
      ),
    );
    expect(list.map((s) => [s.serviceRequest.id, s.open])).toEqual([
      ['b', false],
      ['a', true],
    ]);
    const a = list[1]!;
    expect(a.task?.id).toBe('t1');
    expect(a.evidenceRequests.map((t) => t.id)).toEqual(['e1', 'e2']);
    expect(a.lastUpdate).toBe('2026-06-04T11:00:00Z');
  });
});

describe('the timeline of a referral', () => {
  const v = (n: number, status: Task['status'], stage?: string, reason?: string): Task =>
    task('t', 'a', status, {
      meta: { versionId: String(n), lastUpdated: `2026-06-0${String(n)}T09:00:00Z` },
      ...(stage ? { businessStatus: { text: stage } } : {}),
      ...(reason ? { statusReason: { text: reason } } : {}),
    });
  const history: Bundle = {
    resourceType: 'Bundle',
    type: 'history',
    entry: [
      v(4, 'cancelled', 'x', 'Wrong patient'),
      v(3, 'accepted', 'Contacted'),
      v(2, 'accepted'),
      v(1, 'requested'),
    ].map((resource) => ({ resource })),
  };
  const names = (ref: string | undefined): string => (ref === 'PractitionerRole/gp' ? 'Dr GP' : 'Advice');

  it('one event per change of status or stage, who did it, and the reason', () => {
    const events = statusEvents(history, names, { '4': 'PractitionerRole/gp' });
    expect(
      events.map((e) => (e.kind === 'status' ? `${e.status}|${e.stage ?? ''}|${e.by}|${e.reason ?? ''}` : '')),
    ).toEqual([
      'requested||Dr GP|',
      'accepted||the advice service|',
      'accepted|Contacted|the advice service|',
      'cancelled|x|Dr GP|Wrong patient',
    ]);
  });

  it('never credits the referrer with a change nobody recorded, even a Task with a single version', () => {
    const single: Bundle = { resourceType: 'Bundle', type: 'history', entry: [{ resource: v(1, 'accepted') }] };
    expect(statusEvents(single, names)).toMatchObject([{ status: 'accepted', by: 'the advice service' }]);
    const unrecordedCancel = statusEvents(history, names).at(-1);
    expect(unrecordedCancel).toMatchObject({ status: 'cancelled', by: 'the advice service' });
    const byAdviser = statusEvents(single, names, { '1': 'PractitionerRole/adviser' });
    expect(byAdviser).toMatchObject([{ by: 'Advice' }]);
  });

  it('merges messages and evidence requests, newest first', () => {
    const events = timeline({
      history,
      messages: [msg('PractitionerRole/gp', '2026-06-05T09:00:00Z')],
      tasks: [evidence('e1', 'requested')],
      me: 'PractitionerRole/gp',
      names,
    });
    expect(events[0]).toMatchObject({ kind: 'message', mine: true, text: 'from PractitionerRole/gp' });
    expect(events.map((e) => e.kind)).toContain('evidence-request');
    // Who asked for the evidence: its requester, or the advice service when the request names nobody.
    const asked = (t: Task) =>
      timeline({ history, messages: [], tasks: [t], me: 'PractitionerRole/gp', names }).find(
        (e) => e.kind === 'evidence-request',
      );
    expect(
      asked({ ...evidence('e2', 'requested'), requester: { reference: 'PractitionerRole/adviser' } }),
    ).toMatchObject({
      by: 'Advice',
    });
    expect(asked({ ...evidence('e3', 'requested'), requester: undefined })).toMatchObject({ by: 'the advice service' });
  });

  it('describes the outcome in plain words', () => {
    const closed = task('t', 'a', 'completed', {
      output: [
        {
          type: {
            coding: [{ system: 'https://fhir.hjp-link.org.uk/CodeSystem/output-type', code: 'assistance-level' }],
          },
          valueCodeableConcept: {
            coding: [{ system: 'https://fhir.hjp-link.org.uk/CodeSystem/assistance-level', code: 'advice' }],
          },
        },
        {
          type: {
            coding: [{ system: 'https://fhir.hjp-link.org.uk/CodeSystem/output-type', code: 'advice-sessions' }],
          },
          valueInteger: 3,
        },
        {
          type: {
            coding: [
              { system: 'https://fhir.hjp-link.org.uk/CodeSystem/output-type', code: 'outcome' },
              { system: 'https://fhir.hjp-link.org.uk/CodeSystem/outcome-type', code: 'benefit-awarded' },
            ],
          },
          valueMoney: { value: 5200, currency: 'GBP' },
        },
      ],
    });
    expect(outcomeLines(closed)).toEqual([
      'Level of help: Advice',
      'Advice sessions: 3',
      'New benefit awarded: £5,200.00 a year',
    ]);
  });
});

describe('who made each change', () => {
  const version = (vid: string, status: Task['status'], history: string[]): Task =>
    task('t', 'a', status, {
      meta: { versionId: vid, lastUpdated: `2026-06-0${vid}T10:00:00Z` },
      relevantHistory: history.map((reference) => ({ reference })),
    });
  const history = bundle(
    version('1', 'requested', []),
    version('2', 'accepted', ['Provenance/p1']),
    version('3', 'in-progress', ['Provenance/p1', 'Provenance/p2']),
  );
  const names = (ref: string | undefined): string => ref ?? 'nobody';

  it('reads the Provenance each version added to Task.relevantHistory', () => {
    expect(changeRecords(history)).toEqual({ '2': 'Provenance/p1', '3': 'Provenance/p2' });
  });

  it('names the author of a change when its Provenance is known, the advice service otherwise', () => {
    const events = statusEvents(history, names, { '2': 'PractitionerRole/adviser-2' });
    expect(events.map((e) => (e.kind === 'status' ? e.by : ''))).toEqual([
      'PractitionerRole/gp',
      'PractitionerRole/adviser-2',
      'the advice service',
    ]);
  });

  it('maps each recorded change to the agent of its Provenance, skipping records it could not read', () => {
    const provenance = (id: string, who: string): Provenance => ({
      resourceType: 'Provenance',
      id,
      target: [{ reference: 'Task/t' }],
      recorded: '2026-06-02T10:00:00Z',
      agent: [{ who: { reference: who } }],
    });
    const found: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: provenance('p1', 'PractitionerRole/adviser') }],
    };
    expect(changeAuthors(history, found)).toEqual({ '2': 'PractitionerRole/adviser' });
  });
});
