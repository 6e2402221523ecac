import * as z from 'zod/mini';
import type { Bundle, Questionnaire } from 'fhir/r4';

/** The item types the checklist renderer can show; anything else makes the Questionnaire unusable. */
export const SUPPORTED_ITEM_TYPES = ['group', 'display', 'choice', 'boolean', 'date', 'string', 'text'] as const;

const codingSchema = z.looseObject({
  system: z.optional(z.string()),
  code: z.optional(z.string()),
  display: z.optional(z.string()),
});

const itemSchema = z.looseObject({
  linkId: z.string().check(z.minLength(1)),
  type: z.enum(SUPPORTED_ITEM_TYPES),
  text: z.optional(z.string()),
  repeats: z.optional(z.boolean()),
  answerOption: z.optional(
    z.array(z.looseObject({ valueCoding: z.optional(codingSchema), valueString: z.optional(z.string()) })),
  ),
  enableWhen: z.optional(
    z.array(z.looseObject({ question: z.string(), operator: z.enum(['exists', '=', '!=', '>', '<', '>=', '<=']) })),
  ),
  get item() {
    return z.optional(z.array(itemSchema));
  },
});

const questionnaireSchema = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  url: z.string(),
  version: z.optional(z.string()),
  title: z.optional(z.string()),
  item: z.array(itemSchema).check(z.minLength(1)),
});

/**
 * Picks the one Questionnaire of a `Questionnaire?url=…&version=…` search and checks its shape:
 * 'missing' when the server has no such checklist, 'malformed' when it cannot be shown safely.
 */
export function questionnaireFromSearch(
  bundle: Bundle,
  url: string,
  version: string,
): Questionnaire | 'missing' | 'malformed' {
  const found = (bundle.entry ?? [])
    .map((e) => e.resource)
    .find(
      (r) =>
        r?.resourceType === 'Questionnaire' &&
        (r as Questionnaire).url === url &&
        (r as Questionnaire).version === version,
    );
  if (!found) {
    return 'missing';
  }
  return z.safeParse(questionnaireSchema, found).success ? (found as Questionnaire) : 'malformed';
}
