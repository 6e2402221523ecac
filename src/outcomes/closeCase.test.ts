import { resolve } from 'node:path';
import type { Communication, Task } from 'fhir/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseworkResources } from '../../launch/sandbox/seed/casework';
import { loadValidator, type ResourceValidator } from '../../fhir-profiles/src/validation';
import { buildMessage } from '../domain/messages';
import { closeCaseBundle, closingSummaryText } from './closeCase';
import type { CaseOutcomes } from './outcomeOutputs';

const NOW = new Date('2026-11-27T12:00:00Z');
const task04 = caseworkResources(NOW).find((r) => r.id === 'task-04') as unknown as Task;
const closing: CaseOutcomes = {
  assistanceLevel: 'advice-with-casework',
  sessions: 3,
  outcomes: [
    { type: 'benefit-awarded', benefit: 'Personal Independence Payment', weeklyPence: 7_360 },
    { type: 'backdated-arrears', amountPence: 95_680 },
    { type: 'eviction-prevented' },
  ],
};
const adviser = { reference: 'PractitionerRole/adviser', organisation: { reference: 'Organization/org-advice' } };

describe('closing a case', () => {
  let validator: ResourceValidator;
  beforeAll(async () => {
    validator = await loadValidator(resolve(import.meta.dirname, '../../fhir-profiles/build/package'));
  });

  it('summarises the outcomes and the annualised gain in plain English', () => {
    const text = closingSummaryText(closing, 'Thank you for the referral.');
    expect(text).toContain('Level of help: Advice with casework; 3 advice sessions.');
    expect(text).toContain('New benefit awarded: Personal Independence Payment, £73.60 a week.');
    expect(text).toContain('Annual financial gain: £3,827.20.');
    expect(text).toContain('One-off payments: £956.80.');
    expect(text).toContain('Eviction prevented.');
  });

  it('is one transaction: Task completed with outputs under If-Match, the summary, a Provenance; all valid', () => {
    const summary: Communication = buildMessage({
      identifier: 's1',
      category: 'outcome-feedback',
      patientId: 'pat-004',
      about: ['Task/task-04'],
      basedOn: 'ServiceRequest/ref-04',
      sender: 'PractitionerRole/adviser',
      recipients: ['PractitionerRole/gp'],
      text: closingSummaryText(closing, ''),
      sent: NOW,
    });
    const bundle = closeCaseBundle(
      { ...task04, meta: { ...task04.meta, versionId: '5' } },
      closing,
      summary,
      adviser,
      NOW,
    );
    expect(bundle.type).toBe('transaction');
    const [put, post, provenance] = bundle.entry ?? [];
    expect(put?.request).toEqual({ method: 'PUT', url: 'Task/task-04', ifMatch: 'W/"5"' });
    const closed = put?.resource as Task;
    expect(closed.status).toBe('completed');
    expect(closed.businessStatus?.coding?.[0]?.code).toBe('closed');
    expect(closed.output).toHaveLength(5);
    expect(post?.resource?.resourceType).toBe('Communication');
    expect(provenance?.resource?.resourceType).toBe('Provenance');
    expect(validator.validate(closed as never)).toEqual([]);
    expect(validator.validate(summary as never)).toEqual([]);
  });

  it('refuses to close a case that is not open with the adviser', () => {
    expect(() =>
      closeCaseBundle({ ...task04, status: 'requested' }, closing, {} as Communication, adviser, NOW),
    ).toThrow(/cannot/);
  });
});
