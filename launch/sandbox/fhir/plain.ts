import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';

/**
 * The "plain server" switch (`--plain`): answers shaped like a strict FHIR R4 server that does only
 * what the specification requires, so the app cannot depend on the sandbox's generosity.
 * - Create, update, transaction and batch answers carry no resource bodies unless the request says
 *   `Prefer: return=representation` (FHIR R4 http.html "Prefer": return=minimal is this server's default).
 * - Search bundles carry only the `self` and `next` links (no previous, first or last), and no
 *   `total` unless the request asks for one (`_total=accurate|estimate` or `_summary=count`).
 */

export interface PlainRequest {
  readonly method: string;
  /** The path under the FHIR base, e.g. "Task", "Task/1", "" (transaction or batch). */
  readonly path: string;
  readonly search: URLSearchParams;
  readonly preferHeader: string | undefined;
  /** The parsed request body (the transaction or batch Bundle for a POST to the base). */
  readonly body: unknown;
}

const WRITES: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);
const KEPT_LINKS: ReadonlySet<string> = new Set(['self', 'next']);

/** Does the Prefer header ask for the resource back? */
export function prefersRepresentation(prefer: string | undefined): boolean {
  return (prefer ?? '')
    .split(/[,;]/)
    .map((part) => part.trim().toLowerCase())
    .includes('return=representation');
}

/** Asked-for totals: `_total=accurate|estimate`, or `_summary=count` (the count is the answer). */
function totalAsked(search: URLSearchParams): boolean {
  const total = search.get('_total');
  return total === 'accurate' || total === 'estimate' || search.get('_summary') === 'count';
}

/** A search bundle as a plain server gives it: self and next links only, total only when asked. */
export function plainSearchBundle(bundle: Bundle, search: URLSearchParams): Bundle {
  const shaped: Bundle = { ...bundle, link: (bundle.link ?? []).filter((l) => KEPT_LINKS.has(l.relation)) };
  if (!totalAsked(search)) {
    delete shaped.total;
  }
  return shaped;
}

function requestEntries(body: unknown): readonly BundleEntry[] {
  if (typeof body !== 'object' || body === null || !('entry' in body) || !Array.isArray(body.entry)) {
    return [];
  }
  return body.entry as BundleEntry[];
}

function queryOf(url: string | undefined): URLSearchParams {
  const at = (url ?? '').indexOf('?');
  return new URLSearchParams(at < 0 ? '' : (url ?? '').slice(at + 1));
}

/**
 * A write entry's answer without its body, as a strict server gives it: the versioned location,
 * the ETag and Last-Modified (R4 Bundle.entry.response), taken from the resource written.
 */
function minimalAnswer(answer: BundleEntry): BundleEntry {
  const { resource, ...rest } = answer;
  const version = resource?.meta?.versionId;
  if (!resource?.id || !resource.meta || !version || !rest.response) {
    return rest;
  }
  return {
    ...rest,
    response: {
      ...rest.response,
      location: `${resource.resourceType}/${resource.id}/_history/${version}`,
      etag: `W/"${version}"`,
      ...(resource.meta.lastUpdated ? { lastModified: resource.meta.lastUpdated } : {}),
    },
  };
}

/** Each answer of a transaction or batch: writes lose their bodies, searches their extra links. */
function plainBundleResponse(bundle: Bundle, request: PlainRequest): Bundle {
  const keepBodies = prefersRepresentation(request.preferHeader);
  const asked = requestEntries(request.body);
  const entry = (bundle.entry ?? []).map((answer, i): BundleEntry => {
    const method = asked[i]?.request?.method ?? 'GET';
    const resource = answer.resource;
    if (WRITES.has(method)) {
      if (keepBodies) {
        return answer;
      }
      return minimalAnswer(answer);
    }
    if (resource?.resourceType === 'Bundle' && resource.type === 'searchset') {
      return { ...answer, resource: plainSearchBundle(resource, queryOf(asked[i]?.request?.url)) };
    }
    return answer;
  });
  return { ...bundle, ...(bundle.entry ? { entry } : {}) };
}

/**
 * The body a plain server sends for a successful answer; undefined means "no body" (status and
 * headers such as Location and ETag still go out).
 */
export function plainBody(resource: Resource, request: PlainRequest): Resource | undefined {
  const systemLevel = request.path === '';
  if (systemLevel && resource.resourceType === 'Bundle') {
    return plainBundleResponse(resource, request);
  }
  if (WRITES.has(request.method) && !request.path.endsWith('_search')) {
    return prefersRepresentation(request.preferHeader) ? resource : undefined;
  }
  if (resource.resourceType === 'Bundle' && resource.type === 'searchset') {
    return plainSearchBundle(resource, request.search);
  }
  return resource;
}
