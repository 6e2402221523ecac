import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, MeasureReport } from '@medplum/fhirtypes';
import { evaluationClientRegistration } from '../../launch/sandbox/backend/evaluation-client';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { requestBackendToken } from '../../src/evaluation/job/backend-auth';
import { loadOrCreateClientKey } from '../../src/evaluation/job/client-key';
import { MEASURE_REPORT_IDENTIFIER_SYSTEM } from '../../src/evaluation/measures';
import { startTestSandbox } from './sandbox';

/** A test sandbox with the evaluation client and a test-only writer client, each with a fresh key. */
export interface EvaluationSandbox {
  readonly sandbox: RunningSandbox;
  readonly keyDir: string;
  readonly outDir: string;
  /** A backend token for a test-only client that may read and write anything (to change data). */
  readonly adminToken: () => Promise<string>;
  close(): Promise<void>;
}

export async function startEvaluationSandbox(seed = true): Promise<EvaluationSandbox> {
  const keyDir = mkdtempSync(join(tmpdir(), 'hjp-eval-key-'));
  const adminKeyDir = mkdtempSync(join(tmpdir(), 'hjp-eval-admin-'));
  const outDir = mkdtempSync(join(tmpdir(), 'hjp-eval-out-'));
  const adminKey = loadOrCreateClientKey(adminKeyDir);
  const sandbox = await startTestSandbox({
    seed,
    backendClients: [
      evaluationClientRegistration(keyDir),
      { clientId: 'test-admin', jwks: adminKey.jwks, scope: 'system/*.cruds' },
    ],
  });
  return {
    sandbox,
    keyDir,
    outDir,
    adminToken: async () =>
      (
        await requestBackendToken({
          fhirBase: sandbox.urls.fhirBase,
          clientId: 'test-admin',
          key: adminKey,
          scope: 'system/*.cruds',
        })
      ).accessToken,
    async close(): Promise<void> {
      await sandbox.close();
      for (const dir of [keyDir, adminKeyDir, outDir]) {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function fhirJson<T>(
  sandbox: RunningSandbox,
  token: string,
  path: string,
  init: RequestInit = {},
): Promise<T> {
  const res = await fetch(`${sandbox.urls.fhirBase}/${path}`, {
    ...init,
    headers: {
      Accept: 'application/fhir+json',
      'Content-Type': 'application/fhir+json',
      Authorization: `Bearer ${token}`,
      ...(init.headers as Record<string, string> | undefined),
    },
  });
  if (!res.ok) {
    throw new Error(`${path}: ${String(res.status)} ${await res.text()}`);
  }
  // A plain server answers a write with no body unless asked (return=minimal).
  const text = await res.text();
  return (text ? JSON.parse(text) : {}) as T;
}

/** Every resource of a type (one page: the seed is small). */
export async function searchAll<T extends { resourceType: string }>(
  sandbox: RunningSandbox,
  token: string,
  type: string,
): Promise<T[]> {
  const bundle = await fhirJson<Bundle>(sandbox, token, `${type}?_count=500`);
  return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource as unknown as T] : []));
}

export async function measureReports(sandbox: RunningSandbox, token: string): Promise<MeasureReport[]> {
  return searchAll<MeasureReport>(sandbox, token, 'MeasureReport');
}

export function reportFor(reports: readonly MeasureReport[], identifier: string): MeasureReport {
  const found = reports.filter((r) =>
    r.identifier?.some((i) => i.system === MEASURE_REPORT_IDENTIFIER_SYSTEM && i.value === identifier),
  );
  if (found.length !== 1) {
    throw new Error(`${String(found.length)} MeasureReports for ${identifier}`);
  }
  return found[0] as MeasureReport;
}

/** A group's population count (undefined when masked). */
export function populationCount(
  report: MeasureReport,
  group: string,
  population: string,
  stratum?: [string, string],
): number | undefined {
  const g = report.group?.find((x) => x.code?.coding?.[0]?.code === group);
  const populations = stratum
    ? g?.stratifier
        ?.find((s) => s.code?.[0]?.coding?.[0]?.code === stratum[0])
        ?.stratum?.find((s) => s.value?.text === stratum[1])?.population
    : g?.population;
  const p = populations?.find((x) => x.code?.coding?.[0]?.code === population);
  if (!p) {
    throw new Error(`No population ${population} in ${group}${stratum ? ` ${stratum.join('=')}` : ''}`);
  }
  return p.count;
}

export function groupScore(report: MeasureReport, group: string): number | undefined {
  return report.group?.find((x) => x.code?.coding?.[0]?.code === group)?.measureScore?.value;
}
