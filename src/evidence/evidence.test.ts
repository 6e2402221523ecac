import { resolve } from 'node:path';
import type { Consent, ServiceRequest, Task } from 'fhir/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseworkResources } from '../../launch/sandbox/seed/casework';
import { loadValidator, type ResourceValidator } from '../../fhir-profiles/src/validation';
import { buildMessage } from '../domain/messages';
import { evidenceAnswerBundle } from './evidenceAnswer';
import { parseDateParts, type DateInputResult } from '../domain/dateInput';
import {
  DUE_DATE_LABEL,
  buildEvidenceRequest,
  dueDateOf,
  evidenceConsent,
  evidenceInputProblems,
  evidenceRequestBundle,
} from './evidenceRequest';

const NOW = new Date('2026-11-27T12:00:00Z');
const seed = caseworkResources(NOW) as unknown as (Task | ServiceRequest | Consent)[];
const find = (type: string, id: string): unknown => seed.find((r) => r.resourceType === type && r.id === id);
const adviser = { reference: 'PractitionerRole/adviser', organisation: { reference: 'Organization/org-advice' } };

describe('medical evidence requests', () => {
  let validator: ResourceValidator;
  beforeAll(async () => {
    validator = await loadValidator(resolve(import.meta.dirname, '../../fhir-profiles/build/package'));
  });

  it('consent gate: allowed under an active medical-evidence consent for this organisation', () => {
    expect(
      evidenceConsent([find('Consent', 'consent-04') as Consent], 'pat-004', 'Organization/org-advice', NOW).allowed,
    ).toBe(true);
  });

  it('consent gate: refused with a referral-only, withdrawn, expired or other-organisation consent', () => {
    const gate = (id: string, patient: string, org = 'Organization/org-advice'): string | undefined => {
      const decision = evidenceConsent([find('Consent', id) as Consent], patient, org, NOW);
      return decision.allowed ? undefined : decision.refusal;
    };
    expect(gate('consent-02', 'pat-002')).toBe('denied');
    expect(gate('consent-06', 'pat-006')).toBe('withdrawn');
    expect(gate('consent-07', 'pat-007')).toBe('expired');
    expect(gate('consent-04', 'pat-004', 'Organization/org-other')).toBe('other-organisation');
    expect(evidenceConsent([], 'pat-004', 'Organization/org-advice', NOW).allowed).toBe(false);
  });

  it('builds a request owned by the referrer, part of the referral Task, valid against the profile', () => {
    const request = buildEvidenceRequest({
      referralTask: find('Task', 'task-04') as Task,
      referral: find('ServiceRequest', 'ref-04') as ServiceRequest,
      description: 'Letter about her mobility',
      due: '2026-12-11',
      requester: adviser,
      now: NOW,
    });
    expect(request.owner?.reference).toBe('PractitionerRole/gp');
    expect(request.partOf?.[0]?.reference).toBe('Task/task-04');
    expect(request.restriction?.period?.end).toBe('2026-12-11');
    expect(validator.validate(request as never)).toEqual([]);
    const withoutDescription: Partial<Task> = { ...request };
    delete withoutDescription.description;
    expect(validator.validate(withoutDescription as never).length).toBeGreaterThan(0); // the profile has teeth
    const bundle = evidenceRequestBundle(request, adviser, NOW);
    expect(bundle.entry?.map((e) => e.request?.method)).toEqual(['POST', 'POST']);
  });

  it('checks what the adviser typed, with the NHS date input’s messages for the due date', () => {
    const problems = (due: DateInputResult, now = NOW): string | undefined =>
      evidenceInputProblems({ description: 'x', due, now }).due;
    expect(evidenceInputProblems({ description: ' ', due: dueDateOf('2026-12-01'), now: NOW })).toEqual({
      description: 'Say what evidence you need.',
    });
    expect(problems(dueDateOf('2026-11-28'))).toBeUndefined();
    expect(problems({ kind: 'empty' })).toBe('Enter a due date');
    expect(problems(dueDateOf('soon'))).toBe('Enter a due date');
    expect(problems(dueDateOf('2026-11-01'))).toBe('Due date must be in the future');
    expect(problems(dueDateOf('2026-11-27'))).toBe('Due date must be in the future');
    expect(problems(parseDateParts({ day: '31', month: '2', year: '2027' }, DUE_DATE_LABEL))).toBe(
      'Due date must be a real date',
    );
    expect(problems(parseDateParts({ day: '3', month: '', year: '2027' }, DUE_DATE_LABEL))).toBe(
      'Due date must include a month',
    );
    // Today is the UK's day: at 00:30 on 1 July in London (23:30 UTC the day before) 1 July is not in the future.
    expect(problems(dueDateOf('2026-07-01'), new Date('2026-06-30T23:30:00Z'))).toBe('Due date must be in the future');
    expect(problems(dueDateOf('2026-07-01'), new Date('2026-06-30T22:30:00Z'))).toBeUndefined();
  });

  it('the answer completes the request in the same transaction, guarded by its version', () => {
    const request = {
      ...(find('Task', 'evid-04') as Task),
      meta: { versionId: '2', profile: (find('Task', 'evid-04') as Task).meta?.profile ?? [] },
    };
    const answer = buildMessage({
      identifier: 'a1',
      category: 'evidence',
      patientId: 'pat-004',
      about: ['Task/task-04', 'Task/evid-04'],
      basedOn: 'ServiceRequest/ref-04',
      sender: 'PractitionerRole/gp',
      recipients: ['PractitionerRole/adviser'],
      text: 'Letter attached.',
      attachment: { contentType: 'application/pdf', data: 'JVBERi0=', title: 'letter.pdf' },
      sent: NOW,
    });
    const bundle = evidenceAnswerBundle(request, answer, NOW);
    const [post, put, provenance] = bundle.entry ?? [];
    expect(provenance?.resource).toMatchObject({
      resourceType: 'Provenance',
      agent: [{ who: { reference: 'PractitionerRole/gp' } }],
    });
    expect((put?.resource as Task).relevantHistory?.at(-1)?.reference).toBe(provenance?.fullUrl);
    expect(post?.request?.method).toBe('POST');
    expect(put?.request).toEqual({ method: 'PUT', url: 'Task/evid-04', ifMatch: 'W/"2"' });
    const completed = put?.resource as Task;
    expect(completed.status).toBe('completed');
    expect(completed.output?.[0]?.valueReference?.reference).toBe(post?.fullUrl);
    expect(completed.meta?.versionId).toBeUndefined();
    expect(
      validator.validate({
        ...completed,
        output: [{ ...completed.output?.[0], valueReference: { reference: 'Communication/c1' } }],
      } as never),
    ).toEqual([]);
    expect(validator.validate(answer as never)).toEqual([]);
  });
});
