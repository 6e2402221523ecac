import type { Bundle, CapabilityStatement, Resource } from 'fhir/r4';
import { FhirError, kindForStatus } from './errors';
import { parseBundle, parseOutcome, parseResource } from './boundary';

/** Where the gateway gets its bearer token; fhirclient provides it in the browser. */
export interface AuthSource {
  authorizationHeader(): Promise<string | null>;
  /** Tries to get a new access token; false when the session cannot be renewed. */
  refresh(): Promise<boolean>;
}

export interface GatewayOptions {
  baseUrl: string;
  auth: AuthSource;
  timeoutMs?: number;
}

export type SearchParams = Record<string, string | readonly string[]>;

/**
 * The app's one door to the FHIR server: typed calls, OperationOutcome turned into FhirError,
 * shape checks at the boundary, versioned updates. Screens never call fetch themselves.
 */
export interface FhirGateway {
  readonly baseUrl: string;
  read<T extends Resource>(type: T['resourceType'], id: string): Promise<T>;
  search(type: string, params: SearchParams): Promise<Bundle>;
  /** Follows a Bundle.link url (next/previous) from this server. */
  page(url: string): Promise<Bundle>;
  create<T extends Resource>(resource: T, options?: { ifNoneExist?: string } & WriteOptions): Promise<T>;
  /** Update guarded by the version it was based on: a stale version fails with kind 'conflict'. */
  update<T extends Resource>(resource: T, options: { ifMatchVersion: string | undefined } & WriteOptions): Promise<T>;
  /**
   * A conditional update (`PUT Type?criteria`, FHIR R4 http.html#cond-update): the one resource
   * matching is updated, or the resource is created when none does (several: refused). No If-Match.
   */
  updateWhere<T extends Resource>(resource: T, criteria: SearchParams, options?: WriteOptions): Promise<T>;
  /**
   * A transaction or batch. No Prefer header: the server's default may be return=minimal (FHIR R4
   * http.html), so write entries may come back with only `response.location` (see transactionAnswer.ts).
   */
  transaction(bundle: Bundle): Promise<Bundle>;
  /** The server's CapabilityStatement (GET /metadata), to check it has what the app needs (capabilities.ts). */
  capabilities(): Promise<CapabilityStatement>;
  /** Reads what a Location (header or `entry.response.location`) points at: "Type/id[/_history/v]", relative or on this server. */
  readLocation<T extends Resource>(location: string, type: T['resourceType']): Promise<T>;
}

export interface WriteOptions {
  /**
   * Sent with fetch's `keepalive`, so the request outlives the page (a save flushed as the tab
   * closes or the EHR unloads the frame). Browsers allow it for small bodies only (64 kB in flight),
   * so a larger body goes as a normal request.
   */
  keepalive?: boolean;
}

/** Below the browsers' 64 kB limit on keepalive bodies in flight, with room for another. */
const KEEPALIVE_MAX_BODY = 30_000;

interface SendOptions extends WriteOptions {
  body?: unknown;
  headers?: Record<string, string>;
}

export function createGateway(options: GatewayOptions): FhirGateway {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 20_000;

  function resolve(path: string): string {
    if (/^https?:\/\//.test(path)) {
      // Only ever follow links back to the same server: a Bundle.link is data, not an instruction.
      if (!path.startsWith(`${baseUrl}/`) && !path.startsWith(`${baseUrl}?`)) {
        throw new FhirError('malformed', undefined, undefined, 'link to another server');
      }
      return path;
    }
    const relative = path.replace(/^\/+/, '');
    // A transaction or batch is POSTed to the base itself, not to "base/".
    return relative === '' ? baseUrl : `${baseUrl}/${relative}`;
  }

  async function attempt(method: string, url: string, send: SendOptions): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/fhir+json', ...send.headers };
    const authorization = await options.auth.authorizationHeader();
    if (authorization) {
      headers.Authorization = authorization;
    }
    if (send.body !== undefined) {
      headers['Content-Type'] = 'application/fhir+json';
    }
    const body = send.body === undefined ? undefined : JSON.stringify(send.body);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
    }, timeoutMs);
    try {
      return await fetch(url, {
        method,
        headers,
        body,
        signal: controller.signal,
        cache: 'no-store',
        keepalive: send.keepalive === true && (body?.length ?? 0) <= KEEPALIVE_MAX_BODY,
      });
    } catch {
      throw new FhirError('network', undefined, undefined);
    } finally {
      clearTimeout(timer);
    }
  }

  async function exchange(
    method: string,
    path: string,
    sendOptions: SendOptions = {},
  ): Promise<{ json: unknown; location: string | null }> {
    const url = resolve(path);
    let response = await attempt(method, url, sendOptions);
    if (response.status === 401 && (await options.auth.refresh())) {
      response = await attempt(method, url, sendOptions);
    }
    const json = await readJson(response);
    if (!response.ok) {
      throw new FhirError(kindForStatus(response.status), response.status, parseOutcome(json));
    }
    return { json, location: response.headers.get('Location') ?? response.headers.get('Content-Location') };
  }

  async function send(method: string, path: string, sendOptions: SendOptions = {}): Promise<unknown> {
    return (await exchange(method, path, sendOptions)).json;
  }

  async function readLocation<T extends Resource>(location: string, type: T['resourceType']): Promise<T> {
    const path = locationPath(location, baseUrl, type);
    if (!path) {
      throw new FhirError('malformed', undefined, undefined, `no ${type} location in the answer`);
    }
    return expectResource<T>(await send('GET', path), type);
  }

  /** The written resource: the body when the server sent it (Prefer is only a hint), else read back by Location. */
  async function written<T extends Resource>(
    answer: { json: unknown; location: string | null },
    type: T['resourceType'],
    fallback: string | undefined,
  ): Promise<T> {
    if (answer.json !== undefined) {
      return expectResource<T>(answer.json, type);
    }
    const location = answer.location ?? fallback;
    if (!location) {
      throw new FhirError('malformed', undefined, undefined, `no ${type} and no Location in the answer`);
    }
    return readLocation<T>(location, type);
  }

  function expectResource<T extends Resource>(json: unknown, type?: T['resourceType']): T {
    const resource = parseResource<T>(json, type);
    if (!resource) {
      throw new FhirError('malformed', undefined, undefined, `expected ${type ?? 'a resource'}`);
    }
    return resource;
  }

  function expectBundle(json: unknown): Bundle {
    const bundle = parseBundle(json);
    if (!bundle) {
      throw new FhirError('malformed', undefined, undefined, 'expected a Bundle');
    }
    return bundle;
  }

  return {
    baseUrl,
    async read<T extends Resource>(type: T['resourceType'], id: string): Promise<T> {
      return expectResource<T>(await send('GET', `${type}/${encodeURIComponent(id)}`), type);
    },
    async search(type: string, params: SearchParams): Promise<Bundle> {
      return expectBundle(await send('GET', `${type}?${toQuery(params)}`));
    },
    async page(url: string): Promise<Bundle> {
      return expectBundle(await send('GET', url));
    },
    async create<T extends Resource>(
      resource: T,
      createOptions: { ifNoneExist?: string } & WriteOptions = {},
    ): Promise<T> {
      const headers: Record<string, string> = { Prefer: 'return=representation' };
      if (createOptions.ifNoneExist) {
        headers['If-None-Exist'] = createOptions.ifNoneExist;
      }
      const answer = await exchange('POST', resource.resourceType, {
        body: resource,
        headers,
        keepalive: createOptions.keepalive,
      });
      return written<T>(answer, resource.resourceType, undefined);
    },
    async update<T extends Resource>(
      resource: T,
      updateOptions: { ifMatchVersion: string | undefined } & WriteOptions,
    ): Promise<T> {
      if (!resource.id) {
        throw new FhirError('invalid', undefined, undefined, 'update without id');
      }
      const headers: Record<string, string> = { Prefer: 'return=representation' };
      if (updateOptions.ifMatchVersion) {
        headers['If-Match'] = `W/"${updateOptions.ifMatchVersion}"`;
      }
      const path = `${resource.resourceType}/${encodeURIComponent(resource.id)}`;
      const answer = await exchange('PUT', path, { body: resource, headers, keepalive: updateOptions.keepalive });
      return written<T>(answer, resource.resourceType, path);
    },
    async updateWhere<T extends Resource>(
      resource: T,
      criteria: SearchParams,
      writeOptions: WriteOptions = {},
    ): Promise<T> {
      // The server finds the resource: a body id could only disagree with what it finds.
      const body: Resource = { ...resource };
      delete body.id;
      const answer = await exchange('PUT', `${resource.resourceType}?${toQuery(criteria)}`, {
        body,
        headers: { Prefer: 'return=representation' },
        keepalive: writeOptions.keepalive,
      });
      return written<T>(answer, resource.resourceType, undefined);
    },
    async transaction(bundle: Bundle): Promise<Bundle> {
      return expectBundle(await send('POST', '', { body: bundle }));
    },
    readLocation,
    async capabilities(): Promise<CapabilityStatement> {
      return expectResource<CapabilityStatement>(await send('GET', 'metadata'), 'CapabilityStatement');
    },
  };
}

/**
 * The path to GET for a Location: "Type/id" or "Type/id/_history/v" (a vread of exactly what was
 * written), relative or absolute on this server; undefined for anything else.
 */
export function locationPath(location: string, baseUrl: string, type: string): string | undefined {
  const relative = location.startsWith(`${baseUrl}/`) ? location.slice(baseUrl.length + 1) : location;
  const match = /^([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/([A-Za-z0-9\-.]{1,64}))?$/.exec(relative);
  if (match?.[1] !== type || !match[2]) {
    return undefined;
  }
  return match[3] ? `${type}/${match[2]}/_history/${match[3]}` : `${type}/${match[2]}`;
}

export function toQuery(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of typeof value === 'string' ? [value] : value) {
      query.append(key, v);
    }
  }
  return query.toString();
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (response.ok) {
      throw new FhirError('malformed', response.status, undefined, 'not JSON');
    }
    return undefined;
  }
}
