import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResourceTypes } from '@medplum/core';
import type { Group } from '@medplum/fhirtypes';
import type { FhirService } from '../fhir/service';
import { sendJson, sendOperationOutcome } from '../http/respond';
import { AccessDeniedError, AuthenticationError, type AccessPolicy, type Handler } from '../types';
import type { SandboxUrls } from '../urls';
import { removeJobFiles, startExportJob, type ExportJob } from './export-jobs';

/**
 * FHIR Bulk Data Access 2.0 `$export` for the sandbox (issue 12), the async request pattern:
 * kick-off (system level `/fhir/$export` or `/fhir/Group/<id>/$export`, Prefer: respond-async)
 * → 202 + Content-Location → status polling (202 with X-Progress and Retry-After, then 200 with
 * the manifest) → NDJSON files (a bearer token needed) → DELETE on the status URL.
 * Supported: `_type`, `_since`, `_outputFormat` (NDJSON only). Not supported (400): `_typeFilter`,
 * `_elements`, `patient`, `includeAssociatedData`.
 */
export interface BulkExport {
  readonly handler: Handler;
  close(): void;
}

const UNSUPPORTED = ['_typeFilter', '_elements', 'patient', 'includeAssociatedData'];
const NDJSON = ['application/fhir+ndjson', 'application/ndjson', 'ndjson'];
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

class BadRequest extends Error {}

export function createBulkExport(
  urls: SandboxUrls,
  fhir: FhirService,
  authenticate: (req: IncomingMessage) => AccessPolicy,
): BulkExport {
  const jobs = new Map<string, ExportJob>();

  async function kickOff(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    groupId: string | undefined,
  ): Promise<void> {
    const access = authenticate(req);
    if (!/respond-async/.test(String(req.headers.prefer ?? ''))) {
      throw new BadRequest('A bulk export needs the header Prefer: respond-async');
    }
    const accept = req.headers.accept ?? 'application/fhir+json';
    if (!/application\/fhir\+json|\*\/\*/.test(accept)) {
      throw new BadRequest('Accept must be application/fhir+json');
    }
    for (const name of UNSUPPORTED) {
      if (url.searchParams.has(name)) {
        throw new BadRequest(`The sandbox's $export does not support ${name}`);
      }
    }
    const format = url.searchParams.get('_outputFormat');
    if (format !== null && !NDJSON.includes(format)) {
      throw new BadRequest('_outputFormat must be application/fhir+ndjson');
    }
    const since = url.searchParams.get('_since') ?? undefined;
    if (since !== undefined && !INSTANT.test(since)) {
      throw new BadRequest('_since must be a FHIR instant, e.g. 2026-12-01T09:00:00Z');
    }
    const known = new Set(getResourceTypes());
    const requested = url.searchParams.get('_type');
    const types = requested ? [...new Set(requested.split(',').map((t) => t.trim()))] : [...known].sort();
    const unknown = types.filter((t) => !known.has(t as never));
    if (unknown.length > 0) {
      throw new BadRequest(`Unknown resource types in _type: ${unknown.join(', ')}`);
    }
    for (const type of types) {
      access.assertInteraction('search', type);
    }
    let group: Group | undefined;
    if (groupId !== undefined) {
      access.assertInteraction('read', 'Group');
      group = await fhir.readResource<Group>('Group', groupId);
      if (!group) {
        sendOperationOutcome(res, 404, 'not-found', `No Group/${groupId}`);
        return;
      }
    }
    const job = startExportJob(fhir, access, { request: url.href, types, since, group });
    jobs.set(job.id, job);
    res.statusCode = 202;
    res.setHeader('Content-Location', `${urls.origin}/bulk/status/${job.id}`);
    sendJson(res, 202, {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information', code: 'informational', diagnostics: 'Export started' }],
    });
  }

  function status(req: IncomingMessage, res: ServerResponse, job: ExportJob): void {
    authenticate(req);
    if (req.method === 'DELETE') {
      removeJobFiles(job);
      jobs.delete(job.id);
      res.statusCode = 202;
      res.end();
      return;
    }
    if (job.status === 'in-progress') {
      res.statusCode = 202;
      res.setHeader('X-Progress', `${String(job.done)} of ${String(job.types.length)} resource types exported`);
      res.setHeader('Retry-After', '1');
      res.end();
      return;
    }
    if (job.status === 'error') {
      sendOperationOutcome(res, 500, 'exception', `The export failed: ${job.error ?? ''}`);
      return;
    }
    sendJson(
      res,
      200,
      {
        transactionTime: job.transactionTime,
        request: job.request,
        requiresAccessToken: true,
        output: job.output.map((o) => ({
          type: o.type,
          url: `${urls.origin}/bulk/files/${job.id}/${o.name}`,
          count: o.count,
        })),
        error: [],
      },
      'application/json',
    );
  }

  function file(req: IncomingMessage, res: ServerResponse, job: ExportJob, name: string): void {
    authenticate(req);
    const entry = job.output.find((o) => o.name === name);
    const path = join(job.dir, name);
    if (!entry || !existsSync(path)) {
      sendOperationOutcome(res, 404, 'not-found', 'No such export file');
      return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/fhir+ndjson');
    createReadStream(path).pipe(res);
  }

  const handler: Handler = async (req, res, url) => {
    const path = url.pathname;
    const groupMatch = /^\/fhir\/Group\/([A-Za-z0-9.-]{1,64})\/\$export$/.exec(path);
    const isKickOff = path === '/fhir/$export' || groupMatch !== null;
    const statusMatch = /^\/bulk\/status\/([0-9a-f-]{36})$/.exec(path);
    const fileMatch = /^\/bulk\/files\/([0-9a-f-]{36})\/([A-Za-z]+-\d+\.ndjson)$/.exec(path);
    if (!isKickOff && !statusMatch && !fileMatch) {
      return false;
    }
    try {
      if (isKickOff) {
        if (req.method !== 'GET') {
          throw new BadRequest('Kick off an export with GET');
        }
        await kickOff(req, res, url, groupMatch?.[1]);
        return true;
      }
      const job = jobs.get(statusMatch?.[1] ?? fileMatch?.[1] ?? '');
      if (!job) {
        sendOperationOutcome(res, 404, 'not-found', 'No such export (finished and deleted, or never started)');
      } else if (statusMatch) {
        status(req, res, job);
      } else {
        file(req, res, job, fileMatch?.[2] ?? '');
      }
    } catch (err) {
      if (err instanceof BadRequest) {
        sendOperationOutcome(res, 400, 'invalid', err.message);
      } else if (err instanceof AccessDeniedError || err instanceof AuthenticationError) {
        if (err instanceof AuthenticationError) {
          res.setHeader('WWW-Authenticate', 'Bearer realm="hjp-sandbox"');
        }
        sendOperationOutcome(res, err.status, err.status === 401 ? 'login' : 'forbidden', err.message);
      } else {
        throw err;
      }
    }
    return true;
  };

  return {
    handler,
    close(): void {
      for (const job of jobs.values()) {
        removeJobFiles(job);
      }
      jobs.clear();
    },
  };
}

/** What the CapabilityStatement adds for Bulk Data (Bulk Data Access IG 2.0). */
export function withBulkData<
  T extends { rest?: { operation?: unknown[]; resource?: { type: string; operation?: unknown[] }[] }[] },
>(capability: T): T & { instantiates: string[] } {
  const exportOp = { name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export' };
  const groupOp = { name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export' };
  return {
    ...capability,
    instantiates: ['http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data'],
    rest: (capability.rest ?? []).map((rest) => ({
      ...rest,
      operation: [...(rest.operation ?? []), exportOp],
      resource: (rest.resource ?? []).map((r) =>
        r.type === 'Group' ? { ...r, operation: [...(r.operation ?? []), groupOp] } : r,
      ),
    })),
  };
}
