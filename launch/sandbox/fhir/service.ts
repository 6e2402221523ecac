import type { IncomingMessage, ServerResponse } from 'node:http';
import { deepClone, OperationOutcomeError, badRequest, parseSearchRequest } from '@medplum/core';
import { FhirRouter } from '@medplum/fhir-router';
import type { Resource } from '@medplum/fhirtypes';
import { indexBaseDefinitions } from '../../../fhir-profiles/src/validation/definitions';
import { loadValidator } from '../../../fhir-profiles/src/validation/index';
import type { SandboxOptions } from '../config';
import { sendJsonText } from '../http/respond';
import type { AccessPolicy, RecordView } from '../types';
import type { SandboxUrls } from '../urls';
import { buildCapabilityStatement } from './capability';
import { withBulkData } from '../bulk/bulk-export';
import { openChangeLog, readChangeLog } from './changelog';
import { handleFhirRequest } from './http';
import { searchRequestProblem } from './search-params';
import { installConformance } from './conformance';
import { loadSeed } from './seeding';
import { Store } from './store';

export interface FhirService {
  /** Serves a request under /fhir with the caller's access policy. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, access: AccessPolicy): Promise<void>;
  /** GET /fhir/metadata (public). */
  handleMetadata(res: ServerResponse): void;
  /** System-level read (no access checks) for the auth and launcher code. */
  readResource<T extends Resource>(type: string, id: string): Promise<T | undefined>;
  /** System-level search (no access checks, no paging), e.g. `searchResources('PractitionerRole', 'practitioner=Practitioner/x')`. */
  searchResources<T extends Resource>(type: string, query: string): Promise<T[]>;
  /** The record as it stands, for access decisions made outside a FHIR request (bulk export). */
  readonly record: RecordView;
  close(): Promise<void>;
}

/** The FHIR R4 API on Medplum's in-memory engine; `urls` is read lazily (filled after listen). */
export async function createFhirService(options: SandboxOptions, urls: SandboxUrls): Promise<FhirService> {
  indexBaseDefinitions();
  const validator = await loadValidator(options.profilesPackageDir);
  const store = new Store(options.dataDir ? openChangeLog(options.dataDir) : null);
  if (options.dataDir) {
    await store.replay(readChangeLog(options.dataDir));
  }
  if (store.isEmpty() && options.seed) {
    await loadSeed(store, validator);
  }
  await installConformance(store, options.profilesPackageDir);

  const router = new FhirRouter();
  const started = new Date().toISOString();
  let metadata: { origin: string; text: string } | undefined;

  return {
    handle: (req, res, url, access) =>
      handleFhirRequest(
        router,
        { store, validator, fhirBase: urls.fhirBase },
        access,
        req,
        res,
        url,
        options.plainServer,
      ),
    handleMetadata(res: ServerResponse): void {
      if (metadata?.origin !== urls.origin) {
        // Issue 12: the Bulk Data operations are advertised as the Bulk Data IG says.
        metadata = {
          origin: urls.origin,
          // Serialised once: 400 kB of JSON, asked for at every launch.
          text: JSON.stringify(withBulkData(buildCapabilityStatement(urls.origin, urls.fhirBase, started))),
        };
      }
      sendJsonText(res, 200, metadata.text);
    },
    record: store,
    readResource<T extends Resource>(type: string, id: string): Promise<T | undefined> {
      return store.mutex.run(() => {
        const current = store.current(type, id);
        return Promise.resolve(current ? (deepClone(current) as T) : undefined);
      });
    },
    searchResources<T extends Resource>(type: string, query: string): Promise<T[]> {
      const request = parseSearchRequest(`${type}?${query}`);
      const problem = searchRequestProblem(request);
      if (problem) {
        return Promise.reject(new OperationOutcomeError(badRequest(problem)));
      }
      return store.mutex.run(async () => (await store.engine.searchResources(request)) as T[]);
    },
    close(): Promise<void> {
      // Every committed write is already appended synchronously; wait for in-flight work to finish.
      return store.mutex.run(() => Promise.resolve());
    },
  };
}
