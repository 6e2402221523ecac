import * as z from 'zod/mini';
import type { Bundle, OperationOutcome, Resource } from 'fhir/r4';

/**
 * Shape checks at the boundary: what the server sends is parsed before any screen uses it.
 * Only the structure the app relies on is checked; full validation is the server's job.
 * zod/mini keeps this out of the initial bundle's budget.
 */
const resourceSchema = z.looseObject({
  resourceType: z.string().check(z.minLength(1)),
  id: z.optional(z.string()),
  meta: z.optional(z.looseObject({ versionId: z.optional(z.string()), lastUpdated: z.optional(z.string()) })),
});

const bundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.string(),
  total: z.optional(z.number().check(z.int(), z.nonnegative())),
  link: z.optional(z.array(z.looseObject({ relation: z.string(), url: z.string() }))),
  entry: z.optional(
    z.array(
      z.looseObject({
        fullUrl: z.optional(z.string()),
        resource: z.optional(resourceSchema),
        search: z.optional(z.looseObject({ mode: z.optional(z.string()) })),
        response: z.optional(
          z.looseObject({ status: z.string(), location: z.optional(z.string()), etag: z.optional(z.string()) }),
        ),
      }),
    ),
  ),
});

const outcomeSchema = z.looseObject({
  resourceType: z.literal('OperationOutcome'),
  issue: z.array(z.looseObject({ severity: z.string(), code: z.string() })),
});

export function parseResource<T extends Resource>(json: unknown, expectedType?: T['resourceType']): T | undefined {
  const parsed = z.safeParse(resourceSchema, json);
  if (!parsed.success) {
    return undefined;
  }
  if (expectedType && parsed.data.resourceType !== expectedType) {
    return undefined;
  }
  return parsed.data as unknown as T;
}

export function parseBundle(json: unknown): Bundle | undefined {
  const parsed = z.safeParse(bundleSchema, json);
  return parsed.success ? (parsed.data as unknown as Bundle) : undefined;
}

export function parseOutcome(json: unknown): OperationOutcome | undefined {
  const parsed = z.safeParse(outcomeSchema, json);
  return parsed.success ? (parsed.data as unknown as OperationOutcome) : undefined;
}
