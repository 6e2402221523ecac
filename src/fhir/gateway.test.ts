import type { Communication } from 'fhir/r4';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createGateway, locationPath, type AuthSource } from './gateway';
import { FhirError } from './errors';

// msw only for faults a real server will not produce on demand (dropped connections, garbage
// bodies, hostile links, a token that needs refreshing). The happy paths run against the
// sandbox in test/integration.
const base = 'http://fhir.test/fhir';
const server = setupServer();
beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

function auth(tokens: string[]): AuthSource & { refreshed: number } {
  const state = { refreshed: 0 };
  return {
    get refreshed() {
      return state.refreshed;
    },
    authorizationHeader: () => Promise.resolve(`Bearer ${tokens[Math.min(state.refreshed, tokens.length - 1)] ?? ''}`),
    refresh: () => {
      state.refreshed += 1;
      return Promise.resolve(state.refreshed < tokens.length);
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<FhirError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FhirError);
  return err as FhirError;
}

describe('FHIR gateway', () => {
  it('turns a dropped connection into a network error with a reassuring message', async () => {
    server.use(http.get(`${base}/Patient/1`, () => HttpResponse.error()));
    const err = await failure(createGateway({ baseUrl: base, auth: auth(['a']) }).read('Patient', '1'));
    expect(err.kind).toBe('network');
    expect(err.plainMessage).toMatch(/Nothing you entered has been lost/);
  });

  it('refuses a body that is not the resource asked for', async () => {
    server.use(http.get(`${base}/Patient/1`, () => HttpResponse.json({ resourceType: 'Observation', id: '1' })));
    expect((await failure(createGateway({ baseUrl: base, auth: auth(['a']) }).read('Patient', '1'))).kind).toBe(
      'malformed',
    );
    server.use(http.get(`${base}/Patient/2`, () => new HttpResponse('<html>proxy error</html>', { status: 200 })));
    expect((await failure(createGateway({ baseUrl: base, auth: auth(['a']) }).read('Patient', '2'))).kind).toBe(
      'malformed',
    );
  });

  it('refreshes once on 401 and retries with the new token', async () => {
    server.use(
      http.get(`${base}/Patient/1`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer new'
          ? HttpResponse.json({ resourceType: 'Patient', id: '1' })
          : new HttpResponse(null, { status: 401 }),
      ),
    );
    const source = auth(['old', 'new']);
    const patient = await createGateway({ baseUrl: base, auth: source }).read('Patient', '1');
    expect(patient.id).toBe('1');
    expect(source.refreshed).toBe(1);
  });

  it('reports an ended session when the token cannot be refreshed', async () => {
    server.use(http.get(`${base}/Patient/1`, () => new HttpResponse(null, { status: 401 })));
    expect((await failure(createGateway({ baseUrl: base, auth: auth(['only']) }).read('Patient', '1'))).kind).toBe(
      'session-expired',
    );
  });

  it('keeps the server’s OperationOutcome for details', async () => {
    server.use(
      http.post(`${base}/Task`, () =>
        HttpResponse.json(
          {
            resourceType: 'OperationOutcome',
            issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'needs user/Task.c' }],
          },
          { status: 403 },
        ),
      ),
    );
    const err = await failure(
      createGateway({ baseUrl: base, auth: auth(['a']) }).create({
        resourceType: 'Task',
        status: 'requested',
        intent: 'order',
      }),
    );
    expect(err.kind).toBe('forbidden');
    expect(err.serverDetails).toEqual(['needs user/Task.c']);
  });

  it('will not follow a paging link to another server', async () => {
    const err = await failure(
      createGateway({ baseUrl: base, auth: auth(['a']) }).page('https://elsewhere.test/fhir/Task?page=2'),
    );
    expect(err.kind).toBe('malformed');
  });

  it('sends If-Match with the version an update was based on', async () => {
    let ifMatch: string | null = null;
    server.use(
      http.put(`${base}/Task/t1`, ({ request }) => {
        ifMatch = request.headers.get('if-match');
        return HttpResponse.json({ resourceType: 'Task', id: 't1', status: 'accepted', intent: 'order' });
      }),
    );
    await createGateway({ baseUrl: base, auth: auth(['a']) }).update(
      { resourceType: 'Task', id: 't1', status: 'accepted', intent: 'order' },
      { ifMatchVersion: '3' },
    );
    expect(ifMatch).toBe('W/"3"');
  });

  it('sends a write with keepalive when asked (to outlive the page), unless the body is too big for it', async () => {
    server.use(http.put(`${base}/Task/t1`, async ({ request }) => HttpResponse.json(await request.json())));
    // What fetch is asked for (msw's Request does not keep the keepalive flag): the real fetch still answers.
    const sent = vi.spyOn(globalThis, 'fetch');
    try {
      const gateway = createGateway({ baseUrl: base, auth: auth(['a']) });
      const task = { resourceType: 'Task', id: 't1', status: 'accepted', intent: 'order' } as const;
      await gateway.update(task, { ifMatchVersion: '3', keepalive: true });
      await gateway.update(task, { ifMatchVersion: '3' });
      await gateway.update({ ...task, description: 'x'.repeat(40_000) }, { ifMatchVersion: '3', keepalive: true });
      expect(sent.mock.calls.map(([, init]) => init?.keepalive)).toEqual([true, false, false]);
    } finally {
      sent.mockRestore();
    }
  });

  it('posts a transaction to the FHIR base itself', async () => {
    let posted = '';
    server.use(
      http.post(base, ({ request }) => {
        posted = request.url;
        return HttpResponse.json({ resourceType: 'Bundle', type: 'transaction-response', entry: [] });
      }),
    );
    await createGateway({ baseUrl: `${base}/`, auth: auth(['a']) }).transaction({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [],
    });
    expect(posted).toBe(base);
  });

  it('reads a created resource back by its Location when the server ignores Prefer and sends no body', async () => {
    server.use(
      http.post(
        `${base}/Communication`,
        () => new HttpResponse(null, { status: 201, headers: { Location: `${base}/Communication/c1/_history/1` } }),
      ),
      http.get(`${base}/Communication/c1/_history/1`, () =>
        HttpResponse.json({ resourceType: 'Communication', id: 'c1', status: 'completed', meta: { versionId: '1' } }),
      ),
    );
    const message: Communication = { resourceType: 'Communication', status: 'completed' };
    const created = await createGateway({ baseUrl: base, auth: auth(['a']) }).create(message);
    expect(created.id).toBe('c1');
    expect(created.meta?.versionId).toBe('1');
  });
});

describe('Location paths', () => {
  it('keeps Type/id and Type/id/_history/v on this server, relative or absolute', () => {
    expect(locationPath('Task/t1', base, 'Task')).toBe('Task/t1');
    expect(locationPath('Task/t1/_history/4', base, 'Task')).toBe('Task/t1/_history/4');
    expect(locationPath(`${base}/Task/t1/_history/4`, base, 'Task')).toBe('Task/t1/_history/4');
  });

  it('refuses another type, another server or anything else', () => {
    expect(locationPath('Provenance/p1', base, 'Task')).toBeUndefined();
    expect(locationPath('https://elsewhere.test/fhir/Task/t1', base, 'Task')).toBeUndefined();
    expect(locationPath('Task/t1/$everything', base, 'Task')).toBeUndefined();
  });
});
