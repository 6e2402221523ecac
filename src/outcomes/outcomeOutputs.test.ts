import { resolve } from 'node:path';
import type { Task } from 'fhir/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION, PROFILE } from '../../fhir-profiles/src/terminology';
import { loadValidator, type ResourceValidator } from '../../fhir-profiles/src/validation';
import { caseOutputs, outcomeOutput, totals, type OutcomeEntry } from './outcomeOutputs';

const OUTCOMES: OutcomeEntry[] = [
  { type: 'benefit-awarded', benefit: 'Personal Independence Payment', weeklyPence: 9_240 },
  { type: 'benefit-increased', benefit: 'Universal Credit', weeklyPence: 2_000, awardWeeks: 26 },
  { type: 'backdated-arrears', amountPence: 120_000, benefit: 'Personal Independence Payment' },
  { type: 'debt-written-off', amountPence: 250_000 },
  { type: 'eviction-prevented' },
];

function closedTask(): Task {
  return {
    resourceType: 'Task',
    id: 'task-1',
    meta: { profile: [PROFILE.referralTask] },
    status: 'completed',
    businessStatus: { coding: [{ system: 'https://fhir.hjp-link.org.uk/CodeSystem/business-stage', code: 'closed' }] },
    intent: 'order',
    priority: 'routine',
    code: { coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' }] },
    focus: { reference: 'ServiceRequest/sr-1' },
    for: { reference: 'Patient/pat-001' },
    authoredOn: '2026-11-01T10:00:00Z',
    requester: { reference: 'PractitionerRole/gp' },
    owner: { reference: 'Organization/org-advice' },
    output: caseOutputs({ assistanceLevel: 'advice-with-casework', sessions: 3, outcomes: OUTCOMES }),
  };
}

describe('outcome builders', () => {
  let validator: ResourceValidator;
  beforeAll(async () => {
    validator = await loadValidator(resolve(import.meta.dirname, '../../fhir-profiles/build/package'));
  });

  it('a benefit award carries the benefit, the weekly amount and the annualised gain', () => {
    const output = outcomeOutput({ type: 'benefit-awarded', benefit: 'Attendance Allowance', weeklyPence: 7_215 });
    expect(output.valueMoney).toEqual({ value: 3_751.8, currency: 'GBP' });
    expect(output.extension).toEqual([
      { url: EXTENSION.outcomeBenefit, valueCodeableConcept: { text: 'Attendance Allowance' } },
      { url: EXTENSION.outcomeWeeklyAmount, valueMoney: { value: 72.15, currency: 'GBP' } },
    ]);
    expect(output.type.coding?.map((c) => c.code)).toEqual(['outcome', 'benefit-awarded']);
  });

  it('caps a short award and keeps arrears as a separate one-off amount', () => {
    const [, increase, arrears] = OUTCOMES.map(outcomeOutput);
    expect(increase?.valueMoney?.value).toBe(520); // £20 × 26 weeks
    expect(arrears?.valueMoney?.value).toBe(1_200);
    expect(arrears?.extension?.[0]?.valueCodeableConcept?.text).toBe('Personal Independence Payment');
  });

  it('a non-financial outcome is a true boolean', () => {
    expect(outcomeOutput({ type: 'eviction-prevented' }).valueBoolean).toBe(true);
  });

  it('starts with the level of assistance and the number of sessions', () => {
    const outputs = caseOutputs({ assistanceLevel: 'advice', sessions: 2, outcomes: [] });
    expect(outputs.map((o) => o.type.coding?.[0]?.code)).toEqual(['assistance-level', 'advice-sessions']);
    expect(outputs[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('advice');
    expect(outputs[1]?.valueInteger).toBe(2);
    expect(() => caseOutputs({ assistanceLevel: 'advice', sessions: -1, outcomes: [] })).toThrow(RangeError);
  });

  it('totals annualised gains, one-off income and debt separately', () => {
    expect(totals(OUTCOMES)).toEqual({ annualPence: 480_480 + 52_000, oneOffPence: 120_000, debtPence: 250_000 });
  });

  it('a closed referral Task with these outputs validates against the profiles', () => {
    expect(validator.validate(closedTask() as never)).toEqual([]);
  });

  it('the validator has teeth: a money output without an amount is refused', () => {
    const task = closedTask();
    const broken = { ...task, output: [{ type: { text: 'x' }, valueMoney: { currency: 'GBP', value: 'lots' } }] };
    expect(validator.validate(broken as never).length).toBeGreaterThan(0);
  });
});
