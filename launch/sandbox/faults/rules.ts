import { z } from 'zod';

export const faultRuleSchema = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
  /** A path prefix, e.g. "/fhir/Task". */
  path: z.string().startsWith('/').optional(),
  kind: z.enum(['delay', 'error', 'drop']),
  delayMs: z.number().int().min(0).max(60_000).optional(),
  status: z.union([z.literal(500), z.literal(502), z.literal(503)]).optional(),
  times: z.number().int().min(1).optional(),
});

export type FaultRule = z.infer<typeof faultRuleSchema>;

/** A rule with its remaining uses. */
export interface ActiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

/** Finds the first rule matching the request and consumes one of its uses (rules run out and go). */
export function takeMatchingRule(rules: ActiveRule[], method: string, path: string): FaultRule | undefined {
  const index = rules.findIndex(
    ({ rule }) =>
      (rule.method === undefined || rule.method === method) && (rule.path === undefined || path.startsWith(rule.path)),
  );
  const active = rules[index];
  if (!active) {
    return undefined;
  }
  active.remaining -= 1;
  if (active.remaining <= 0) {
    rules.splice(index, 1);
  }
  return active.rule;
}
