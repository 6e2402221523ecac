import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { Resource } from '@medplum/fhirtypes';

/** FHIR Bulk Data Access 2.0 client: kick-off, status polling, manifest, NDJSON download. */
export interface ExportRequest {
  readonly fhirBase: string;
  readonly accessToken: () => string;
  readonly types: readonly string[];
  readonly since?: string;
  /** "Group/<id>" for a Group-level export; system level otherwise. */
  readonly group?: string;
  readonly onProgress?: (line: string) => void;
  /** Longest wait between polls, in ms (the server's Retry-After is honoured up to this). */
  readonly maxPollMs?: number;
}

export interface ManifestFile {
  readonly type: string;
  readonly url: string;
  readonly count?: number;
}

export interface Manifest {
  readonly transactionTime: string;
  readonly request: string;
  readonly requiresAccessToken: boolean;
  readonly output: readonly ManifestFile[];
  readonly deleted?: readonly ManifestFile[];
  readonly error: readonly ManifestFile[];
}

const wait = (ms: number): Promise<void> =>
  new Promise((resolveWait) => {
    setTimeout(resolveWait, ms);
  });

async function failure(res: Response, what: string): Promise<Error> {
  const text = await res.text();
  let detail = text.slice(0, 300);
  try {
    const outcome = JSON.parse(text) as { issue?: { diagnostics?: string; details?: { text?: string } }[] };
    detail = outcome.issue?.map((i) => i.diagnostics ?? i.details?.text ?? '').join('; ') ?? detail;
  } catch {
    // not JSON: keep the text
  }
  return new Error(`${what} failed (${String(res.status)}): ${detail}`);
}

/** Kicks off an export and polls until the manifest is ready (backoff, Retry-After, X-Progress). */
export async function runExport(request: ExportRequest): Promise<{ manifest: Manifest; statusUrl: string }> {
  const params = new URLSearchParams({ _type: request.types.join(',') });
  if (request.since) {
    params.set('_since', request.since);
  }
  const path = request.group ? `${request.group}/$export` : '$export';
  const kickoff = await fetch(`${request.fhirBase}/${path}?${params.toString()}`, {
    headers: {
      Accept: 'application/fhir+json',
      Prefer: 'respond-async',
      Authorization: `Bearer ${request.accessToken()}`,
    },
  });
  if (kickoff.status !== 202) {
    throw await failure(kickoff, 'Bulk export kick-off');
  }
  await kickoff.body?.cancel();
  const statusUrl = kickoff.headers.get('content-location');
  if (!statusUrl) {
    throw new Error('The bulk export kick-off gave no Content-Location');
  }
  const maxPoll = request.maxPollMs ?? 10_000;
  let backoff = 100;
  for (;;) {
    const res = await fetch(statusUrl, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${request.accessToken()}` },
    });
    if (res.status === 200) {
      return { manifest: (await res.json()) as Manifest, statusUrl };
    }
    if (res.status !== 202) {
      throw await failure(res, 'Bulk export status');
    }
    await res.body?.cancel();
    const progress = res.headers.get('x-progress');
    request.onProgress?.(`export in progress${progress ? `: ${progress}` : ''}`);
    const retryAfter = Number(res.headers.get('retry-after'));
    const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff;
    await wait(Math.min(maxPoll, delay));
    backoff = Math.min(maxPoll, backoff * 2);
  }
}

/** Streams the resources of one NDJSON file, a line at a time (never the whole file in memory). */
export async function* downloadNdjson(
  file: ManifestFile,
  accessToken: string | undefined,
): AsyncGenerator<Resource, void, undefined> {
  const res = await fetch(file.url, {
    headers: {
      Accept: 'application/fhir+ndjson',
      ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
    },
  });
  if (!res.ok || !res.body) {
    throw await failure(res, `Download of ${file.type}`);
  }
  const lines = createInterface({ input: Readable.fromWeb(res.body as never), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') {
      yield JSON.parse(line) as Resource;
    }
  }
}

/** Tells the server the files may go (Bulk Data: DELETE on the status URL). */
export async function finishExport(statusUrl: string, accessToken: string): Promise<void> {
  const res = await fetch(statusUrl, { method: 'DELETE', headers: { Authorization: `Bearer ${accessToken}` } });
  await res.body?.cancel();
}
