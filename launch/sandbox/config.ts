import { resolve } from 'node:path';
import type { BackendClientRegistration } from './backend/clients';

/** Everything that can be tuned when the sandbox starts. Defaults suit `npm start`. */
export interface SandboxOptions {
  /** Always a loopback address. */
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Folder where data persists across restarts; null keeps everything in memory (tests). */
  dataDir: string | null;
  /** Load the synthetic UK seed when the store is empty. */
  seed: boolean;
  /** Access-token lifetime; tests use a few seconds. */
  accessTokenLifetimeSeconds: number;
  /** Authorisation-code lifetime. */
  authCodeLifetimeSeconds: number;
  /** Refresh-token lifetime; each refresh replaces the refresh token (rotation). */
  refreshTokenLifetimeSeconds: number;
  /** The time (ms since 1970) for every expiry: tokens, codes, launches. Tests inject their own. */
  clock: () => number;
  /** Enables the test-only fault switches under /__test. Never on for `npm start`. */
  testMode: boolean;
  /**
   * Behave like a plain, strict FHIR server (`--plain`): no resource bodies in write answers unless
   * `Prefer: return=representation`, search bundles with only self/next links and no total unless asked.
   */
  plainServer: boolean;
  /** Folder holding the compiled HJP FHIR package (fhir-profiles/build/package). */
  profilesPackageDir: string;
  /** SMART Backend Services clients (issue 12: the evaluation job), each with its public JWKS. */
  backendClients: readonly BackendClientRegistration[];
}

const projectRoot = resolve(import.meta.dirname, '../..');

export const defaultSandboxOptions: SandboxOptions = {
  host: '127.0.0.1',
  port: 4010,
  dataDir: resolve(projectRoot, '.sandbox-data'),
  seed: true,
  accessTokenLifetimeSeconds: 3600,
  authCodeLifetimeSeconds: 60,
  refreshTokenLifetimeSeconds: 8 * 3600,
  clock: () => Date.now(),
  testMode: false,
  plainServer: false,
  profilesPackageDir: resolve(projectRoot, 'fhir-profiles/build/package'),
  backendClients: [],
};

/** The browser origins allowed by CORS: any loopback origin (the app, the launcher). */
export function isAllowedOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  } catch {
    return false;
  }
}
