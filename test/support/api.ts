import type { RunningSandbox } from '../../launch/sandbox/server';
import { launchHeadless } from './smart';

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

/** Raw HTTP access to the sandbox's FHIR API with a real token from a headless launch. */
export async function sandboxApi(
  sandbox: RunningSandbox,
  launch: { user: string; scope: string; patient?: string } = {
    user: 'gp',
    scope: 'launch openid fhirUser user/*.cruds',
  },
): Promise<Api> {
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
