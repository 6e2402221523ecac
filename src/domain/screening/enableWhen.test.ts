import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem } from 'fhir/r4';
import { enabledAnswers, isEnabled } from './enableWhen';

const Y = { system: 's', code: 'y' };
const N = { system: 's', code: 'n' };
const item = (enableWhen: QuestionnaireItem['enableWhen'], enableBehavior?: 'all' | 'any'): QuestionnaireItem => ({
  linkId: 'x',
  type: 'choice',
  enableWhen,
  ...(enableBehavior ? { enableBehavior } : {}),
});

describe('enableWhen', () => {
  it('= on a coding', () => {
    const i = item([{ question: 'a', operator: '=', answerCoding: Y }]);
    expect(isEnabled(i, {})).toBe(false);
    expect(isEnabled(i, { a: [{ valueCoding: N }] })).toBe(false);
    expect(isEnabled(i, { a: [{ valueCoding: Y }] })).toBe(true);
  });
  it('!= needs an answer that differs', () => {
    const i = item([{ question: 'a', operator: '!=', answerCoding: Y }]);
    expect(isEnabled(i, {})).toBe(false);
    expect(isEnabled(i, { a: [{ valueCoding: N }] })).toBe(true);
    expect(isEnabled(i, { a: [{ valueCoding: Y }] })).toBe(false);
  });
  it('exists, any and all', () => {
    expect(
      isEnabled(item([{ question: 'a', operator: 'exists', answerBoolean: true }]), { a: [{ valueString: 'x' }] }),
    ).toBe(true);
    expect(
      isEnabled(item([{ question: 'a', operator: 'exists', answerBoolean: false }]), { a: [{ valueString: 'x' }] }),
    ).toBe(false);
    const two = [
      { question: 'a', operator: '=' as const, answerCoding: Y },
      { question: 'b', operator: '=' as const, answerCoding: Y },
    ];
    const answers = { a: [{ valueCoding: Y }] };
    expect(isEnabled(item(two, 'any'), answers)).toBe(true);
    expect(isEnabled(item(two, 'all'), answers)).toBe(false);
  });
  it('drops answers of hidden items and of children of hidden groups', () => {
    const items: QuestionnaireItem[] = [
      { linkId: 'a', type: 'choice' },
      {
        linkId: 'g',
        type: 'group',
        enableWhen: [{ question: 'a', operator: '=', answerCoding: Y }],
        item: [{ linkId: 'c', type: 'choice' }],
      },
    ];
    expect(enabledAnswers(items, { a: [{ valueCoding: N }], c: [{ valueCoding: Y }] })).toEqual({
      a: [{ valueCoding: N }],
    });
    expect(Object.keys(enabledAnswers(items, { a: [{ valueCoding: Y }], c: [{ valueCoding: Y }] }))).toEqual([
      'a',
      'c',
    ]);
  });
});
