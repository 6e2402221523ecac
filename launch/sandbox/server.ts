import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultSandboxOptions, type SandboxOptions } from './config';
import { sandboxUrls, type SandboxUrls } from './urls';
import { applyCors } from './http/cors';
import { sendOperationOutcome } from './http/respond';
import { createFhirService } from './fhir/service';
import { createFaults } from './faults/faults';
import { createAuthService } from './auth/service';
import { createLauncher } from './launcher/launcher';
import type { Handler } from './types';
import { createBulkExport } from './bulk/bulk-export';

export interface RunningSandbox {
  readonly urls: SandboxUrls;
  readonly options: SandboxOptions;
  close(): Promise<void>;
}

/** OperationOutcome issue codes for the HTTP statuses an unexpected error can carry. */
const ISSUE_CODE_BY_STATUS: Readonly<Record<number, string>> = { 401: 'login', 403: 'forbidden', 500: 'exception' };

/** Starts the local SMART EHR sandbox: FHIR R4 API, SMART authorisation and launcher. */
export async function startSandbox(overrides: Partial<SandboxOptions> = {}): Promise<RunningSandbox> {
  const options: SandboxOptions = { ...defaultSandboxOptions, ...overrides };
  // Filled in once the server listens; services read it lazily.
  const urls: SandboxUrls = sandboxUrls(options.host, options.port);

  const fhir = await createFhirService(options, urls);
  const auth = createAuthService(options, urls, fhir);
  const launcher = createLauncher(options, urls, fhir, auth.launches);
  const faults = createFaults(options);

  // Issue 12: Bulk Data $export (bulk/), authenticated with the same bearer tokens.
  const bulk = createBulkExport(urls, fhir, (req) => auth.authenticate(req));
  const routes: Handler[] = [faults.handler, auth.handler, bulk.handler, launcher.handler];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', urls.origin);
    if (applyCors(req, res)) {
      return;
    }
    void (async (): Promise<void> => {
      try {
        for (const route of routes) {
          if (await route(req, res, url)) {
            return;
          }
        }
        if (url.pathname === '/fhir' || url.pathname.startsWith('/fhir/')) {
          if (url.pathname === '/fhir/metadata' && req.method === 'GET') {
            fhir.handleMetadata(res);
            return;
          }
          const access = auth.authenticate(req);
          await faults.around(req, res, url, () => fhir.handle(req, res, url, access));
          return;
        }
        sendOperationOutcome(res, 404, 'not-found', `Nothing here: ${url.pathname}`);
      } catch (err) {
        sendErrorResponse(res, err);
      }
    })();
  });

  await new Promise<void>((resolveListen) => server.listen(options.port, options.host, resolveListen));
  const port = (server.address() as AddressInfo).port;
  Object.assign(urls, sandboxUrls(options.host, port));

  return {
    urls,
    options,
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => {
        server.close(() => {
          resolveClose();
        });
      });
      bulk.close();
      await fhir.close();
    },
  };
}

function sendErrorResponse(res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const status =
    typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : 500;
  const message = err instanceof Error ? err.message : 'Internal error';
  const code = ISSUE_CODE_BY_STATUS[status] ?? 'processing';
  if (status === 401) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="hjp-sandbox"');
  }
  sendOperationOutcome(res, status, code, message);
}
