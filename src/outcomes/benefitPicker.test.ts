import { describe, expect, it } from 'vitest';
import { UK_BENEFIT } from '../../fhir-profiles/src/code-systems-casework';
import { outcomeLines, readOutcomeBenefit } from '../domain/outcomeRead';
import { readCloseDraft, weeklyFrom, type OutcomeDraft } from './outcomeForm';
import { caseOutputs, outcomeOutput } from './outcomeOutputs';

const draft = (o: Partial<OutcomeDraft> & Pick<OutcomeDraft, 'type'>): OutcomeDraft => ({
  key: 'o1',
  benefit: '',
  amount: '',
  awardWeeks: '',
  ...o,
});

function closing(outcomes: OutcomeDraft[]) {
  const read = readCloseDraft({ level: 'advice-with-casework', sessions: '3', outcomes });
  if (!read.ok) {
    throw new Error(JSON.stringify(read.problems));
  }
  return read.value;
}

describe('benefits from the uk-benefit list', () => {
  it('a benefit chosen from the list round-trips: form → Task.output (coded) → read', () => {
    const value = closing([
      draft({ type: 'benefit-awarded', benefitCode: 'pip-daily-living-enhanced', amount: '110.40', period: 'week' }),
    ]);
    const output = outcomeOutput(value.outcomes[0] ?? { type: 'eviction-prevented' });
    expect(readOutcomeBenefit(output)).toEqual({
      code: 'pip-daily-living-enhanced',
      text: UK_BENEFIT.codes['pip-daily-living-enhanced'],
    });
    expect(output.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.system).toBe(UK_BENEFIT.system);
    const task = { resourceType: 'Task', status: 'completed', intent: 'order', output: caseOutputs(value) } as const;
    expect(outcomeLines(task)).toContain('New benefit awarded (PIP daily living (enhanced rate)): £5,740.80 a year');
  });

  it('"Other" keeps free text (coded other) and a monthly amount becomes a weekly one', () => {
    const value = closing([
      draft({
        type: 'benefit-increased',
        benefitCode: 'other',
        benefit: 'Blue Badge concession',
        amount: '52',
        period: 'month',
      }),
    ]);
    expect(value.outcomes[0]).toEqual({
      type: 'benefit-increased',
      benefit: 'Blue Badge concession',
      benefitCode: 'other',
      weeklyPence: 1_200,
    });
    expect(readOutcomeBenefit(outcomeOutput(value.outcomes[0] ?? { type: 'rehoused' }))).toEqual({
      code: 'other',
      text: 'Blue Badge concession',
    });
    expect(weeklyFrom(40_000, 'four-weeks')).toBe(10_000);
    expect(weeklyFrom(5_200, 'year')).toBe(100);
  });

  it('says what is missing: no benefit chosen, or "Other" without its name', () => {
    expect(
      readCloseDraft({ level: 'advice', sessions: '1', outcomes: [draft({ type: 'benefit-awarded', amount: '10' })] }),
    ).toEqual({
      ok: false,
      problems: { 'o1-benefit': 'Choose which benefit.' },
    });
    expect(
      readCloseDraft({
        level: 'advice',
        sessions: '1',
        outcomes: [draft({ type: 'benefit-awarded', benefitCode: 'other', amount: '10' })],
      }),
    ).toEqual({ ok: false, problems: { 'o1-benefit-other': 'Enter the name of the benefit.' } });
  });

  it('one-off arrears may name a benefit from the list, or a creditor as text, or nothing', () => {
    const value = closing([
      draft({ type: 'backdated-arrears', benefitCode: 'attendance-allowance-higher', amount: '900' }),
      draft({ key: 'o2', type: 'debt-written-off', benefit: 'Northbrook Council', amount: '300' }),
    ]);
    expect(value.outcomes.map((o) => readOutcomeBenefit(outcomeOutput(o)))).toEqual([
      { code: 'attendance-allowance-higher', text: 'Attendance Allowance (higher rate)' },
      { code: undefined, text: 'Northbrook Council' },
    ]);
  });
});
