import type { IncomingMessage, ServerResponse } from 'node:http';
import { isResourceType } from '@medplum/core';
import type { FhirRequest, FhirRouter } from '@medplum/fhir-router';
import type { OperationOutcome, Resource } from '@medplum/fhirtypes';
import { readBody, sendJson, sendOperationOutcome } from '../http/respond';
import type { AccessPolicy } from '../types';
import { statusOf, withEntryStatuses } from './outcomes';
import { GuardedRepository, type RequestContext } from './repository';
import { plainBody, type PlainRequest } from './plain';
import { queryModifierProblem } from './search-params';

type Method = FhirRequest['method'];
const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

interface Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** Checks what Medplum's router would let through silently. */
function refusal(method: string, path: string, url: URL, req: IncomingMessage): Refusal | undefined {
  if (!METHODS.has(method)) {
    return { status: 405, code: 'not-supported', message: `Method not allowed: ${method}` };
  }
  const segments = path.split('/');
  const type = segments[0] ?? '';
  if (type === '' && method !== 'POST') {
    return {
      status: 400,
      code: 'not-supported',
      message: 'System-level interactions other than batch/transaction are not supported',
    };
  }
  if (type !== '' && !isResourceType(type)) {
    return { status: 404, code: 'not-found', message: `Unknown resource type: ${type}` };
  }
  const ifMatch = req.headers['if-match'];
  if (ifMatch !== undefined && !/^(W\/)?"[^"]+"$/.test(ifMatch)) {
    return { status: 400, code: 'invalid', message: 'If-Match must be an ETag such as W/"3"' };
  }
  if (method === 'GET' && segments.length === 1) {
    const problem = queryModifierProblem(url.searchParams.keys());
    if (problem) {
      return { status: 400, code: 'invalid', message: problem };
    }
  }
  return undefined;
}

async function parseBody(req: IncomingMessage, method: string): Promise<{ body?: unknown; error?: string }> {
  if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH') {
    return {};
  }
  const text = await readBody(req);
  if ((req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return { body: Object.fromEntries(new URLSearchParams(text)) };
  }
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null) {
      return { error: 'The body must be a JSON object or array' };
    }
    return { body };
  } catch {
    return { error: 'The body is not valid JSON' };
  }
}

/**
 * Serves one FHIR request on the engine; the whole request is one unit of work under the store's mutex.
 * `plain` shapes the answer like a strict, plain FHIR server (./plain.ts).
 */
export async function handleFhirRequest(
  router: FhirRouter,
  ctx: Omit<RequestContext, 'access'>,
  access: AccessPolicy,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  plain = false,
): Promise<void> {
  const method = req.method ?? 'GET';
  const path = url.pathname.replace(/^\/fhir\/?/, '').replace(/\/$/, '');
  const refused = refusal(method, path, url, req);
  if (refused) {
    sendOperationOutcome(res, refused.status, refused.code, refused.message);
    return;
  }
  const { body, error } = await parseBody(req, method);
  if (error) {
    sendOperationOutcome(res, 400, 'structure', error);
    return;
  }

  const request: FhirRequest = {
    method: method as Method,
    url: `${path}${url.search}`,
    pathname: '',
    body,
    params: {},
    query: {},
    headers: req.headers,
    config: { transactions: true },
  };
  const { store } = ctx;
  const [outcome, resource] = await store.mutex.run(async () => {
    try {
      const result = await router.handleRequest(request, new GuardedRepository({ ...ctx, access }));
      if (statusOf(result[0]) < 400) {
        store.commit();
      } else {
        await store.rollbackTo(0);
      }
      return result;
    } catch (err) {
      await store.rollbackTo(0);
      throw err;
    }
  });
  const shape = plain
    ? (answer: Resource): Resource | undefined => plainBody(answer, plainRequest(method, path, url, req, body))
    : (answer: Resource): Resource => answer;
  respond(res, ctx.fhirBase, outcome, resource && withEntryStatuses(resource), shape);
}

function plainRequest(method: string, path: string, url: URL, req: IncomingMessage, body: unknown): PlainRequest {
  const prefer = req.headers.prefer;
  return {
    method,
    path,
    search: url.searchParams,
    preferHeader: Array.isArray(prefer) ? prefer.join(',') : prefer,
    body,
  };
}

function respond(
  res: ServerResponse,
  fhirBase: string,
  outcome: OperationOutcome,
  resource: Resource | undefined,
  shape: (answer: Resource) => Resource | undefined,
): void {
  const status = statusOf(outcome);
  if (!resource || status >= 400) {
    sendJson(res, status, { ...outcome, id: undefined });
    return;
  }
  const versionId = resource.meta?.versionId;
  if (versionId && resource.id) {
    const location = `${fhirBase}/${resource.resourceType}/${resource.id}/_history/${versionId}`;
    res.setHeader('ETag', `W/"${versionId}"`);
    if (resource.meta?.lastUpdated) {
      res.setHeader('Last-Modified', new Date(resource.meta.lastUpdated).toUTCString());
    }
    res.setHeader('Location', location);
    res.setHeader('Content-Location', location);
  }
  const body = shape(resource);
  if (body === undefined) {
    res.statusCode = status;
    res.setHeader('Cache-Control', 'no-store');
    res.end();
    return;
  }
  sendJson(res, status, body);
}
