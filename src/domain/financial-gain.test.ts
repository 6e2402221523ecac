import { describe, expect, it } from 'vitest';
import { OUTCOME_VALUE_KIND } from '../../fhir-profiles/src/terminology';
import { describeGainRule, GAIN_KIND_OF_OUTCOME, moneyOutcomeTypes } from './financial-gain';

describe('the financial gain rule', () => {
  it('gives every money outcome exactly one kind, and only ongoing awards are recurring', () => {
    expect(Object.keys(GAIN_KIND_OF_OUTCOME).sort()).toEqual(moneyOutcomeTypes().sort());
    for (const [type, kind] of Object.entries(GAIN_KIND_OF_OUTCOME)) {
      expect(kind === 'recurring').toBe(OUTCOME_VALUE_KIND[type as keyof typeof OUTCOME_VALUE_KIND] === 'annual-money');
    }
  });

  it('says the rule in words with the configured weeks', () => {
    expect(describeGainRule({ weeksPerYear: 26 })).toContain('× 26 weeks');
    expect(describeGainRule()).toContain('gross');
  });
});
