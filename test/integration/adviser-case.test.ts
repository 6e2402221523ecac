import type { Communication, Task } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { sendMessage, updateCase } from '../../src/casework/api';
import { EvidenceNotAllowed, requestEvidence } from '../../src/evidence/api';
import { closeCase } from '../../src/outcomes/api';
import { loadCase } from '../../src/casework/caseRecord';
import type { FhirGateway } from '../../src/fhir/gateway';
import { startTestSandbox } from '../support/sandbox';
import { ADVISER_USER, gatewayFor } from './adviser-support';

let sandbox: RunningSandbox;
let adviser: FhirGateway;
const ORG = 'Organization/org-advice';
const open = (id: string): ReturnType<typeof loadCase> => loadCase(adviser, id, ORG, new Date());

beforeAll(async () => {
  sandbox = await startTestSandbox();
  adviser = await gatewayFor(sandbox, 'adviser');
});
afterAll(async () => {
  await sandbox.close();
});

describe('adviser opens a case', () => {
  it('shows referral, patient, consents, screening, clinical summary, messages, evidence requests and history', async () => {
    const record = await open('task-04');
    expect(record.referral?.id).toBe('ref-04');
    expect(record.patient?.id).toBe('pat-004');
    expect(record.consents.map((c) => c.id)).toContain('consent-04');
    expect(record.referralConsent.allowed).toBe(true);
    expect(record.screening?.id).toBe('qr-04');
    expect(record.conditions?.map((c) => c.id)).toEqual(['cond-004-ra']);
    // the adviser's organisation may read note-04-1: it arrives with the thread and is kept apart
    // from the messages with the referrer, as an internal case note.
    expect(record.messages.map((m) => m.id)).toEqual(['msg-04-1', 'msg-04-2']);
    expect(record.notes.map((m) => m.id)).toEqual(['note-04-1']);
    expect(record.appointments.map((a) => a.id).sort()).toEqual(['appt-04-1', 'appt-04-2']);
    expect(record.measures.map((m) => m.id).sort()).toEqual([
      'measure-04-strain-intake',
      'measure-04-wellbeing-intake',
    ]);
    expect(record.referrer?.name).toMatch(/Mehta/);
    expect(record.evidenceRequests.map((t) => t.id)).toEqual(['evid-04']);
    expect(record.history).toHaveLength(1);
  });

  it('without medical-evidence consent, conditions are not even requested', async () => {
    const asked: string[] = [];
    const watching: FhirGateway = {
      ...adviser,
      transaction: (bundle) => {
        asked.push(...(bundle.entry ?? []).map((e) => e.request?.url ?? ''));
        return adviser.transaction(bundle);
      },
    };
    const record = await loadCase(watching, 'task-02', ORG, new Date());
    expect(asked.some((url) => url.startsWith('Condition'))).toBe(false);
    expect(asked).toContain('QuestionnaireResponse/qr-02');
    expect((await loadCase(watching, 'task-04', ORG, new Date())).conditions).toBeDefined();
    expect(asked.some((url) => url.startsWith('Condition?patient=Patient/pat-004'))).toBe(true);
    expect(record.referralConsent.allowed).toBe(true);
    expect(record.screening?.id).toBe('qr-02');
    expect(record.evidenceConsent.allowed).toBe(false);
    expect(record.conditions).toBeUndefined();
  });

  it('with a withdrawn or expired consent, the screening answers are not shown', async () => {
    for (const id of ['task-06', 'task-07']) {
      const record = await open(id);
      expect(record.referralConsent.allowed).toBe(false);
      expect(record.screening).toBeUndefined();
      expect(record.conditions).toBeUndefined();
    }
  });
});

describe('adviser actions', () => {
  it('accepts a referral: the Task moves on, with a new version and the stage set', async () => {
    const record = await open('task-01');
    const result = await updateCase(adviser, record.task, { status: 'accepted' }, ADVISER_USER);
    expect(result.ok).toBe(true);
    const after = await open('task-01');
    expect(after.task.status).toBe('accepted');
    expect(after.task.businessStatus?.coding?.[0]?.code).toBe('awaiting-contact');
    expect(after.history.map((t) => t.status)).toEqual(['accepted', 'requested']);
    // Who made it: the version links its Provenance (Task.relevantHistory), whose agent is the adviser.
    expect(after.task.relevantHistory?.at(-1)?.reference).toMatch(/^Provenance\/[A-Za-z0-9-]+$/);
    expect(after.authors[after.task.meta?.versionId ?? '']).toBe('Fatima Begum');
  });

  it('rejects only with a reason, which is recorded for the referrer', async () => {
    const record = await open('task-02');
    await expect(updateCase(adviser, record.task, { status: 'rejected' }, ADVISER_USER)).rejects.toThrow(/reason/);
    expect((await open('task-02')).task.meta?.versionId).toBe(record.task.meta?.versionId);
    const result = await updateCase(
      adviser,
      record.task,
      { status: 'rejected', reason: 'Outside our area' },
      ADVISER_USER,
    );
    expect(result.ok && result.task.statusReason?.text).toBe('Outside our area');
  });

  it('progresses a case and its business stage', async () => {
    const record = await open('task-03');
    const moved = await updateCase(adviser, record.task, { status: 'in-progress', stage: 'contacted' }, ADVISER_USER);
    expect(moved.ok && moved.task.status).toBe('in-progress');
    if (!moved.ok) {
      return;
    }
    const staged = await updateCase(
      adviser,
      moved.task,
      { status: 'in-progress', stage: 'advice-given' },
      ADVISER_USER,
    );
    expect(staged.ok && staged.task.businessStatus?.coding?.[0]?.code).toBe('advice-given');
  });

  it('messages the referrer; a retry with the same id does not post twice', async () => {
    const record = await open('task-11');
    const id = crypto.randomUUID();
    const first = await sendMessage(adviser, record, ADVISER_USER, 'We have spoken to the energy supplier.', id);
    const again = await sendMessage(adviser, record, ADVISER_USER, 'We have spoken to the energy supplier.', id);
    expect(again.id).toBe(first.id);
    expect(first.recipient?.[0]?.reference).toBe('PractitionerRole/gp');
    expect((await open('task-11')).messages.map((m) => m.id)).toEqual([first.id]);
  });

  it('requests medical evidence under consent: a Task owned by the referrer, once even if retried', async () => {
    const record = await open('task-05');
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const identifier = crypto.randomUUID();
    const request = await requestEvidence(adviser, record, ADVISER_USER, {
      description: 'Letter on her mobility',
      due,
      identifier,
    });
    expect(request.owner?.reference).toBe('PractitionerRole/gp');
    // A retry after a lost answer finds the same request instead of asking twice.
    const retry = await requestEvidence(adviser, record, ADVISER_USER, {
      description: 'Letter on her mobility',
      due,
      identifier,
    });
    expect(retry.id).toBe(request.id);
    expect((await open('task-05')).evidenceRequests.filter((t) => t.status === 'requested').map((t) => t.id)).toEqual([
      request.id,
    ]);
  });

  it('refuses an evidence request without medical-evidence consent, and writes nothing', async () => {
    for (const id of ['task-02', 'task-06', 'task-07']) {
      const record = await open(id);
      const attempt = requestEvidence(adviser, record, ADVISER_USER, {
        description: 'Letter',
        due: '2099-01-01',
        identifier: crypto.randomUUID(),
      });
      await expect(attempt).rejects.toBeInstanceOf(EvidenceNotAllowed);
      await expect(attempt).rejects.toThrow(/./);
      expect((await open(id)).evidenceRequests).toEqual([]);
    }
  });

  it('closes a case with outcomes and a closing summary to the referrer, in one transaction', async () => {
    const record = await open('task-04');
    const result = await closeCase(
      adviser,
      record,
      {
        assistanceLevel: 'advice-with-casework',
        sessions: 3,
        outcomes: [{ type: 'benefit-awarded', benefit: 'Personal Independence Payment', weeklyPence: 7_360 }],
      },
      'Thank you for the referral.',
      ADVISER_USER,
    );
    expect(result.ok).toBe(true);
    const after = await open('task-04');
    expect(after.task.status).toBe('completed');
    expect(after.task.output?.find((o) => o.valueMoney)?.valueMoney).toEqual({ value: 3_827.2, currency: 'GBP' });
    const summary = after.messages.find(
      (m: Communication) => m.category?.[0]?.coding?.[0]?.code === 'outcome-feedback',
    );
    expect(summary?.payload?.[0]?.contentString).toContain('Annual financial gain: £3,827.20.');
  });
});

describe('conflicts: nothing is silently overwritten', () => {
  it('an update based on a stale version is refused and says what changed', async () => {
    const stale: Task = (await open('task-11')).task;
    const first = await updateCase(adviser, stale, { status: 'in-progress', stage: 'casework' }, ADVISER_USER);
    expect(first.ok).toBe(true);
    const second = await updateCase(adviser, stale, { status: 'on-hold' }, ADVISER_USER);
    expect(second.ok).toBe(false);
    if (second.ok) {
      return;
    }
    expect(second.changes).toContainEqual({ field: 'Status', before: 'Accepted', after: 'In progress' });
    expect(second.current.status).toBe('in-progress');
    // Re-applied on the current version, it goes through.
    const reapplied = await updateCase(adviser, second.current, { status: 'on-hold' }, ADVISER_USER);
    expect(reapplied.ok && reapplied.task.status).toBe('on-hold');
  });
});
