import { describe, expect, it } from 'vitest';
import { answerScore, CHANGE_ITEMS, changeOf, describeChange, type ChangeItem } from './measureChange';

const item = (group: string): ChangeItem => {
  const found = CHANGE_ITEMS.find((i) => i.group === group);
  if (!found) {
    throw new Error(group);
  }
  return found;
};

describe('before-and-after change', () => {
  it('financial strain: a lower level is better ("Very hard" → "Somewhat hard" improved)', () => {
    const strain = item('financial-strain');
    const veryHard = answerScore(strain, 'LA15832-1') ?? NaN;
    const somewhatHard = answerScore(strain, 'LA14745-7') ?? NaN;
    const notHard = answerScore(strain, 'LA31980-8') ?? NaN;
    expect(changeOf(strain, veryHard, somewhatHard)).toBe('improved');
    expect(changeOf(strain, notHard, veryHard)).toBe('worse');
    expect(changeOf(strain, somewhatHard, somewhatHard)).toBe('same');
    expect(answerScore(strain, 'LA00000-0')).toBeUndefined();
    expect(answerScore(strain, undefined)).toBeUndefined();
  });

  it('ONS4: a higher score is better, except anxiety', () => {
    expect(changeOf(item('life-satisfaction'), 3, 6)).toBe('improved');
    expect(changeOf(item('happy-yesterday'), 6, 3)).toBe('worse');
    expect(changeOf(item('anxious-yesterday'), 8, 5)).toBe('improved');
    expect(changeOf(item('anxious-yesterday'), 5, 8)).toBe('worse');
    expect(changeOf(item('worthwhile'), 5, 5)).toBe('same');
    expect(answerScore(item('worthwhile'), 7)).toBe(7);
  });

  it('has one item per strain question and per ONS4 question, with unique groups, and says so in words', () => {
    expect(CHANGE_ITEMS.map((i) => i.linkId)).toEqual([
      'financial-strain',
      'life-satisfaction',
      'worthwhile',
      'happy-yesterday',
      'anxious-yesterday',
    ]);
    expect(new Set(CHANGE_ITEMS.map((i) => i.group)).size).toBe(CHANGE_ITEMS.length);
    expect(describeChange()).toMatch(/anxiety, where a lower score is better/);
  });
});
