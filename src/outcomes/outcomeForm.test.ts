import { describe, expect, it } from 'vitest';
import { parseMoney, readCloseDraft, type OutcomeDraft } from './outcomeForm';

const draft = (o: Partial<OutcomeDraft> & Pick<OutcomeDraft, 'type'>): OutcomeDraft => ({
  key: 'o1',
  benefit: '',
  amount: '',
  awardWeeks: '',
  ...o,
});

describe('the close form', () => {
  it('reads amounts as people type them', () => {
    expect(parseMoney('£1,234.50')).toBe(123_450);
    expect(parseMoney('92.4')).toBe(9_240);
    expect(parseMoney('12.345')).toBeUndefined();
    expect(parseMoney('-3')).toBeUndefined();
    expect(parseMoney('lots')).toBeUndefined();
  });

  it('turns a complete form into outcomes', () => {
    const result = readCloseDraft({
      level: 'advice',
      sessions: '2',
      outcomes: [
        draft({ type: 'benefit-awarded', benefit: 'Carer’s Allowance', amount: '81.90', awardWeeks: '20' }),
        draft({ key: 'o2', type: 'eviction-prevented' }),
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        assistanceLevel: 'advice',
        sessions: 2,
        outcomes: [
          { type: 'benefit-awarded', benefit: 'Carer’s Allowance', weeklyPence: 8_190, awardWeeks: 20 },
          { type: 'eviction-prevented' },
        ],
      },
    });
  });

  it('names every problem by field', () => {
    const result = readCloseDraft({
      level: undefined,
      sessions: 'two',
      outcomes: [draft({ type: 'benefit-increased', amount: 'x', awardWeeks: '0' })],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.problems).sort()).toEqual([
      'close-level',
      'close-sessions',
      'o1-amount',
      'o1-benefit',
      'o1-weeks',
    ]);
  });
});
