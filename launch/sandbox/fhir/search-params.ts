import { getSearchParameter, isResourceType } from '@medplum/core';
import type { SearchRequest } from '@medplum/core';

/** Query parameters that change the response format only; they are accepted and dropped. */
export const FORMAT_PARAMETERS: ReadonlySet<string> = new Set(['_format', '_pretty']);

/**
 * Checks that every parameter of a parsed search names a search parameter the server knows,
 * so that a typo is refused (400) instead of silently matching nothing. Returns the problem, if any.
 * Chains (`subject:Patient.name`) are followed; modifiers the parser understood
 * (`:not`, `:missing`, `:exact`, `:contains`, …) are already in the filter's operator.
 */
export function searchRequestProblem(request: SearchRequest): string | undefined {
  const type = request.resourceType;
  for (const filter of request.filters ?? []) {
    if (FORMAT_PARAMETERS.has(filter.code)) {
      continue;
    }
    const problem = parameterProblem(type, filter.code);
    if (problem) {
      return problem;
    }
  }
  for (const include of request.include ?? []) {
    const problem = referenceParameterProblem(include.resourceType, include.searchParam, '_include');
    if (problem) {
      return problem;
    }
    if (include.resourceType !== type && include.modifier !== 'iterate') {
      return `_include=${include.resourceType}:${include.searchParam} does not start at ${type}`;
    }
  }
  for (const revInclude of request.revInclude ?? []) {
    const problem = referenceParameterProblem(revInclude.resourceType, revInclude.searchParam, '_revinclude');
    if (problem) {
      return problem;
    }
  }
  for (const rule of request.sortRules ?? []) {
    if (!getSearchParameter(type, rule.code)) {
      return `Unknown _sort parameter for ${type}: ${rule.code}`;
    }
  }
  return undefined;
}

function parameterProblem(type: string, code: string): string | undefined {
  if (code.startsWith('_has:')) {
    return `Reverse chaining (_has) is not supported: ${code}`;
  }
  const dot = code.indexOf('.');
  if (dot >= 0) {
    return chainProblem(type, code.slice(0, dot), code.slice(dot + 1));
  }
  if (code.includes(':')) {
    return `Unknown search modifier: ${code}`;
  }
  return getSearchParameter(type, code) ? undefined : `Unknown search parameter for ${type}: ${code}`;
}

const MODIFIERS: ReadonlySet<string> = new Set([
  'missing',
  'exact',
  'contains',
  'text',
  'not',
  'above',
  'below',
  'in',
  'not-in',
  'of-type',
  'identifier',
  'iterate',
]);

/**
 * Medplum's parser quietly turns an unknown `:modifier` into `=`, so modifiers are checked on
 * the raw query keys: a known modifier or a resource type (`subject:Patient`) only.
 */
export function queryModifierProblem(keys: Iterable<string>): string | undefined {
  for (const key of keys) {
    const colon = key.indexOf(':');
    if (colon < 0 || key.startsWith('_has:')) {
      continue;
    }
    const modifier = key.slice(colon + 1).split('.')[0] ?? '';
    if (!MODIFIERS.has(modifier) && !isResourceType(modifier)) {
      return `Unknown search modifier: ${key}`;
    }
  }
  return undefined;
}

function chainProblem(type: string, link: string, rest: string): string | undefined {
  const [code = '', explicitType] = link.split(':');
  const param = getSearchParameter(type, code);
  if (param?.type !== 'reference') {
    return `Unknown reference search parameter for ${type}: ${code}`;
  }
  const targets = param.target ?? [];
  const target = explicitType ?? (targets.length === 1 ? targets[0] : undefined);
  if (!target) {
    return `Chained parameter ${code} needs a type, e.g. ${code}:${targets[0] ?? 'Patient'}.`;
  }
  if (!targets.includes(target as (typeof targets)[number])) {
    return `${code} cannot refer to ${target}`;
  }
  return parameterProblem(target, rest);
}

function referenceParameterProblem(type: string, code: string, name: string): string | undefined {
  const param = getSearchParameter(type, code);
  return param?.type === 'reference' ? undefined : `Unknown ${name} parameter: ${type}:${code}`;
}
