import {
  deepClone,
  evalFhirPath,
  matchesSearchRequest,
  formatSearchQuery,
  getSearchParameter,
  OperationOutcomeError,
  Operator,
  badRequest,
} from '@medplum/core';
import type { Filter, SearchRequest } from '@medplum/core';
import { getExtraEntries } from '@medplum/fhir-router';
import type { Bundle, BundleEntry, BundleLink, Resource } from '@medplum/fhirtypes';
import type { Store } from './store';
import { FORMAT_PARAMETERS, searchRequestProblem } from './search-params';

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 500;

/**
 * A search on Medplum's engine with what it lacks: refusal of unknown parameters, `_count`
 * limits, fast sorting (keys computed once per match), paging links, `_summary=count`,
 * `_total` and `_elements`. Matching, chaining and `_include`/`_revinclude` are the engine's.
 */
/** What the token may see of a resource (possibly with elements removed), or undefined: hidden. */
export type Reveal = (mode: 'read' | 'search', resource: Resource) => Resource | undefined;

export async function runSearch(
  store: Store,
  request: SearchRequest,
  fhirBase: string,
  reveal: Reveal = (_mode, resource) => resource,
): Promise<Bundle> {
  const engine = store.engine;
  const problem = searchRequestProblem(request);
  if (problem) {
    throw new OperationOutcomeError(badRequest(problem));
  }
  const filters = request.filters?.filter((f) => !FORMAT_PARAMETERS.has(f.code));
  const count = Math.min(Math.max(request.count ?? DEFAULT_COUNT, 0), MAX_COUNT);
  const offset = Math.max(request.offset ?? 0, 0);

  const exact = (filters ?? []).filter(
    (f) => f.operator === Operator.EXACT || isPlainUriFilter(request.resourceType, f),
  );
  const chains = (filters ?? []).filter((f) => f.code.includes('.'));
  const found = await findMatches(store, { resourceType: request.resourceType, filters });
  // Access rules first: totals, counts and pages only ever cover what the token may see, and a
  // chain matches only through linked records the token may see, as it may see them.
  const visible = (exact.length ? found.filter((r) => exact.every((f) => matchesExactly(r, f))) : found)
    .filter((r) => chains.every((f) => matchesChainAsSeen(store, reveal, r, f)))
    .flatMap((r) => reveal('search', r) ?? []);
  const matches = sortMatches(visible, request);
  const total = matches.length;
  const page = matches.slice(offset, offset + count).map((r) => deepClone(r));

  const entries: BundleEntry[] = page.map((resource) => ({
    resource: subset(resource, request.fields),
    search: { mode: 'match' },
  }));
  if (page.length > 0 && (request.include || request.revInclude)) {
    const extra: BundleEntry[] = [];
    await getExtraEntries(engine, request, page, extra);
    for (const entry of extra) {
      const shown = entry.resource && reveal('read', entry.resource);
      if (shown) {
        entries.push({ ...entry, resource: deepClone(shown) });
      }
    }
  }
  for (const entry of entries) {
    if (entry.resource) {
      entry.fullUrl = `${fhirBase}/${entry.resource.resourceType}/${entry.resource.id ?? ''}`;
    }
  }
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(request.total === 'none' ? {} : { total }),
    link: pageLinks(request, fhirBase, count, offset, total),
    ...(entries.length > 0 ? { entry: entries } : {}),
  };
}

/** FHIR compares `uri` parameters (e.g. `url`) exactly; the engine treats them as prefixes. */
function isPlainUriFilter(resourceType: string, filter: Filter): boolean {
  return filter.operator === Operator.EQUALS && getSearchParameter(resourceType, filter.code)?.type === 'uri';
}

/** `:exact` — the engine compares like plain `=` (case-insensitive prefix); exact means equal strings. */
function matchesExactly(resource: Resource, filter: Filter): boolean {
  const expression = getSearchParameter(resource.resourceType, filter.code)?.expression;
  if (!expression) {
    return false;
  }
  const strings = evalFhirPath(expression, resource).flatMap(stringLeaves);
  return filter.value.split(',').some((wanted) => strings.includes(wanted));
}

function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).flatMap(stringLeaves);
  }
  return [];
}

/** Plain filters are matched on the stored versions without copying them; chains go to the engine. */
async function findMatches(store: Store, request: SearchRequest): Promise<Resource[]> {
  if ((request.filters ?? []).some((f) => f.code.includes('.') || f.code.startsWith('_has:'))) {
    const bundle = await store.engine.search(request);
    return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  }
  const found: Resource[] = [];
  for (const resource of store.all(request.resourceType)) {
    if (matchesSearchRequest(resource, request)) {
      found.push(resource);
    }
  }
  return found;
}

/**
 * A chained filter (`patient.name=…`, `focus:ServiceRequest.identifier=…`) judged again on what the
 * token sees of the linked record: the engine matched on the whole record, which would let a search
 * disclose what the access rules hide (a name the adviser may no longer see, say).
 */
function matchesChainAsSeen(store: Store, reveal: Reveal, resource: Resource, filter: Filter): boolean {
  const dot = filter.code.indexOf('.');
  const [code = '', explicitType] = filter.code.slice(0, dot).split(':');
  const rest = filter.code.slice(dot + 1);
  const expression = getSearchParameter(resource.resourceType, code)?.expression;
  if (!expression) {
    return false;
  }
  return evalFhirPath(expression, resource).some((value) => {
    const reference = (value as { reference?: unknown } | undefined)?.reference;
    const match = typeof reference === 'string' ? /^([A-Za-z]+)\/([^/]+)$/.exec(reference) : null;
    const [, type = '', id = ''] = match ?? [];
    if (!match || (explicitType !== undefined && type !== explicitType)) {
      return false;
    }
    const target = store.current(type, id);
    const seen = target ? reveal('search', target) : undefined;
    if (!seen) {
      return false;
    }
    const inner: Filter = { ...filter, code: rest };
    return rest.includes('.')
      ? matchesChainAsSeen(store, reveal, seen, inner)
      : matchesSearchRequest(seen, { resourceType: seen.resourceType, filters: [inner] });
  });
}

/** `Type.element` (most sort parameters) is read directly; anything else goes through FHIRPath. */
function sortKey(expression: string, resource: Resource): string {
  const simple = /^(\w+)\.(\w+)$/.exec(expression);
  if (simple?.[1] === resource.resourceType && simple[2]) {
    const value = (resource as unknown as Record<string, unknown>)[simple[2]];
    if (value === undefined || typeof value === 'string') {
      return JSON.stringify(value === undefined ? [] : [value]);
    }
  }
  return JSON.stringify(evalFhirPath(expression, resource));
}

function sortMatches<T extends Resource>(matches: T[], request: SearchRequest): T[] {
  const rules = request.sortRules ?? [];
  if (rules.length === 0) {
    return matches;
  }
  const keyed = matches.map((resource) => ({
    resource,
    keys: rules.map((rule) => {
      const expression = getSearchParameter(request.resourceType, rule.code)?.expression;
      return expression ? sortKey(expression, resource) : '';
    }),
  }));
  keyed.sort((a, b) => {
    for (const [i, rule] of rules.entries()) {
      const x = a.keys[i] ?? '';
      const y = b.keys[i] ?? '';
      if (x !== y) {
        return (x < y ? -1 : 1) * (rule.descending ? -1 : 1);
      }
    }
    return 0;
  });
  return keyed.map((k) => k.resource);
}

/** `_elements`: keep the named top-level elements (plus the mandatory ones) and mark as SUBSETTED. */
function subset(resource: Resource, fields: readonly string[] | undefined): Resource {
  if (!fields?.length) {
    return resource;
  }
  const keep = new Set(['resourceType', 'id', 'meta', ...fields]);
  const out = Object.fromEntries(Object.entries(resource).filter(([key]) => keep.has(key))) as Resource;
  const tag = { system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'SUBSETTED' };
  out.meta = { ...out.meta, tag: [...(out.meta?.tag ?? []), tag] };
  return out;
}

function pageLinks(
  request: SearchRequest,
  fhirBase: string,
  count: number,
  offset: number,
  total: number,
): BundleLink[] {
  const url = (at: number): string => {
    const query = formatSearchQuery({ ...request, count, offset: at }).replace('_fields=', '_elements=');
    return `${fhirBase}/${request.resourceType}${query}`;
  };
  const links: BundleLink[] = [{ relation: 'self', url: url(offset) }];
  if (count > 0) {
    links.push({ relation: 'first', url: url(0) });
    if (offset > 0) {
      links.push({ relation: 'previous', url: url(Math.max(offset - count, 0)) });
    }
    if (offset + count < total) {
      links.push({ relation: 'next', url: url(offset + count) });
    }
  }
  return links;
}
