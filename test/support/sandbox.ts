import { Client } from 'fhir-kit-client';
import { startSandbox, type RunningSandbox } from '../../launch/sandbox/server';
import type { SandboxOptions } from '../../launch/sandbox/config';
import { launchHeadless, type HeadlessLaunch } from './smart';

/**
 * `HJP_SANDBOX_PLAIN=1 npm run test:integration` runs every file's sandbox as a plain server
 * (`plainServer`), to find what else leans on the sandbox's fuller answers; a file's own
 * `plainServer` override wins.
 */
const PLAIN_FROM_ENV: Partial<SandboxOptions> = process.env.HJP_SANDBOX_PLAIN === '1' ? { plainServer: true } : {};

/** A sandbox for one test file: random port, memory only, test switches on, seeded. */
export function startTestSandbox(overrides: Partial<SandboxOptions> = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, dataDir: null, testMode: true, seed: true, ...PLAIN_FROM_ENV, ...overrides });
}

/** A fhir-kit-client Client for the sandbox with a bearer token. */
export function fhirClient(sandbox: RunningSandbox, accessToken: string | undefined): Client {
  const customHeaders: Record<string, string> = accessToken ? { Authorization: `Bearer ${accessToken}` } : {};
  return new Client({ baseUrl: sandbox.urls.fhirBase, customHeaders });
}

/** Launches headless as `launch.user` and returns a client carrying the access token. */
export async function launchClient(sandbox: RunningSandbox, launch: HeadlessLaunch): Promise<Client> {
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, launch);
  return fhirClient(sandbox, token.access_token);
}

/**
 * The two ways an integration test meets the sandbox: as it is, and behaving like a plain, strict
 * server (`plainServer`: write answers without bodies unless asked, only self/next links).
 */
export const SERVER_MODES = [
  { plainServer: false, mode: 'full answers' },
  { plainServer: true, mode: 'plain server, answers without bodies' },
] as const;
