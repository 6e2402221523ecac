import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Group, Resource } from '@medplum/fhirtypes';
import { hasPatientCompartment, isInPatientCompartment } from '../auth/compartment';
import type { FhirService } from '../fhir/service';
import { AccessDeniedError, type AccessPolicy } from '../types';

/** One Bulk Data export job: its files are written to a temporary folder as it runs. */
export interface ExportJob {
  readonly id: string;
  readonly request: string;
  readonly transactionTime: string;
  readonly types: readonly string[];
  readonly dir: string;
  status: 'in-progress' | 'complete' | 'error';
  /** Types done so far (for X-Progress). */
  done: number;
  error?: string;
  readonly output: { type: string; name: string; count: number }[];
}

export interface ExportSpec {
  readonly request: string;
  readonly types: readonly string[];
  readonly since: string | undefined;
  /** Group-level export: only these patients' compartments (and the non-compartment types asked for). */
  readonly group: Group | undefined;
}

function memberIds(group: Group): string[] {
  return (group.member ?? [])
    .map((m) => /^Patient\/([^/]+)$/.exec(m.entity.reference ?? '')?.[1])
    .filter((id): id is string => id !== undefined);
}

function inGroup(resource: Resource, patients: readonly string[]): boolean {
  if (resource.resourceType === 'Patient') {
    return patients.includes(resource.id ?? '');
  }
  if (!hasPatientCompartment(resource.resourceType)) {
    return true;
  }
  return patients.some((p) => isInPatientCompartment(resource, p));
}

async function writeNdjson(path: string, resources: readonly Resource[]): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  for (const resource of resources) {
    if (!out.write(`${JSON.stringify(resource)}\n`)) {
      await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

/** Starts a job; it runs in the background, one resource type at a time. */
export function startExportJob(fhir: FhirService, access: AccessPolicy, spec: ExportSpec): ExportJob {
  const job: ExportJob = {
    id: randomUUID(),
    request: spec.request,
    transactionTime: new Date().toISOString(),
    types: spec.types,
    dir: mkdtempSync(join(tmpdir(), 'hjp-bulk-')),
    status: 'in-progress',
    done: 0,
    output: [],
  };
  const patients = spec.group ? memberIds(spec.group) : undefined;
  const query = spec.since ? `_lastUpdated=gt${encodeURIComponent(spec.since)}` : '';
  void (async (): Promise<void> => {
    try {
      for (const type of spec.types) {
        // Let the kick-off response go out before the first (synchronous) read.
        await new Promise((resolveTick) => setImmediate(resolveTick));
        const found = (await fhir.searchResources(type, query)).filter(
          (r) => patients === undefined || inGroup(r, patients),
        );
        const record = access.begin(fhir.record);
        for (const resource of found) {
          const seen = record.reveal('search', resource);
          if ('refused' in seen) {
            throw new AccessDeniedError(seen.refused);
          }
        }
        if (found.length > 0) {
          const name = `${type}-1.ndjson`;
          await writeNdjson(join(job.dir, name), found);
          job.output.push({ type, name, count: found.length });
        }
        job.done++;
      }
      job.status = 'complete';
    } catch (err) {
      job.status = 'error';
      job.error = err instanceof Error ? err.message : String(err);
    }
  })();
  return job;
}

export function removeJobFiles(job: ExportJob): void {
  rmSync(job.dir, { recursive: true, force: true });
}
