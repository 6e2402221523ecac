import type * as z from 'zod/mini';

/**
 * One schema problem in plain words, naming the field as the file spells it
 * (e.g. "urgency.deadlineWithinDays: must be a whole number between 1 and 90"), for the person who
 * edits a configuration file. zod/mini carries no message catalogue, so the words are made here
 * from the issue, unless the schema gave its own.
 */
export function fieldProblem(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(the whole file)';
  return `${field}: ${issue.message !== 'Invalid input' ? issue.message : describe(issue)}`;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'must be a whole number' : `must be ${article(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'number'
        ? `must be at least ${String(issue.minimum)}`
        : `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entry' : 'character'}${issue.minimum === 1 ? '' : 's'}`;
    case 'too_big':
      return issue.origin === 'number'
        ? `must be at most ${String(issue.maximum)}`
        : `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'must be a web address (https://…)' : 'is not in the expected form';
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has fields it does not know: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'custom':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'is not valid';
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object ({…})',
  };
  return words[expected] ?? `a ${expected}`;
}
