import { TEST_ADMIN_CLIENT_ID } from '../../launch/sandbox/auth/principal';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { launchHeadless, type HeadlessLaunch } from './smart';

/** A raw FHIR response: status, headers and the parsed body, for tests that check the HTTP itself. */
export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export type Api = <T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Reply<T>>;

/**
 * The test-only admin launch: the client id a sandbox in testMode (and only then) grants every
 * scope asked for, without role allowance or record rules. For tests of the FHIR engine itself
 * (CRUD, search, transactions, persistence); tests of the access model use the app's real scopes.
 */
export const TEST_ADMIN_LAUNCH: HeadlessLaunch = {
  user: 'gp',
  scope: 'launch openid fhirUser user/*.cruds',
  clientId: TEST_ADMIN_CLIENT_ID,
};

/** Raw HTTP access to the sandbox's FHIR API with a real token from a headless launch. */
export async function sandboxApi(sandbox: RunningSandbox, launch: HeadlessLaunch = TEST_ADMIN_LAUNCH): Promise<Api> {
  const token = (await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, launch)).access_token;
  return async <T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> => {
    const res = await fetch(`${sandbox.urls.fhirBase}/${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json', ...headers },
      body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
  };
}
