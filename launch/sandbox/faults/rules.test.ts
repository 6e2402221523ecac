import { describe, expect, it } from 'vitest';
import { faultRuleSchema, takeMatchingRule, type ActiveRule } from './rules';

describe('fault rules', () => {
  it('match in order by method and path prefix, and run out after `times` uses', () => {
    const rules: ActiveRule[] = [
      { rule: { kind: 'error', method: 'POST', path: '/fhir/Task', status: 503 }, remaining: 1 },
      { rule: { kind: 'delay', delayMs: 10 }, remaining: 2 },
    ];
    expect(takeMatchingRule(rules, 'GET', '/fhir/Task')?.kind).toBe('delay');
    expect(takeMatchingRule(rules, 'POST', '/fhir/Task/1')?.kind).toBe('error');
    expect(takeMatchingRule(rules, 'POST', '/fhir/Task/1')?.kind).toBe('delay');
    expect(takeMatchingRule(rules, 'POST', '/fhir/Task/1')).toBeUndefined();
    expect(rules).toHaveLength(0);
  });

  it('refuses malformed rules', () => {
    expect(faultRuleSchema.safeParse({ kind: 'error', status: 404 }).success).toBe(false);
    expect(faultRuleSchema.safeParse({ kind: 'explode' }).success).toBe(false);
    expect(faultRuleSchema.safeParse({ kind: 'drop', path: 'fhir' }).success).toBe(false);
    expect(faultRuleSchema.safeParse({ kind: 'drop', method: 'POST', path: '/fhir', times: 2 }).success).toBe(true);
  });
});
