import type { Bundle, OperationOutcome } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { startTestSandbox } from '../support/sandbox';
import { sandboxApi, type Api } from '../support/api';

const addFault = async (sandbox: RunningSandbox, rule: Record<string, unknown>): Promise<number> =>
  (await fetch(`${sandbox.urls.origin}/__test/faults`, { method: 'POST', body: JSON.stringify(rule) })).status;

const inFlight = async (sandbox: RunningSandbox): Promise<number> =>
  ((await (await fetch(`${sandbox.urls.origin}/__test/faults`)).json()) as { inFlight: number }).inFlight;

describe('FHIR API: test-only fault switches', () => {
  let sandbox: RunningSandbox;
  let api: Api;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = await sandboxApi(sandbox);
  });
  afterAll(() => sandbox.close());

  it('delay holds the request (the sandbox counts it in flight), then executes it', async () => {
    expect(await addFault(sandbox, { kind: 'delay', delayMs: 1000, method: 'GET', path: '/fhir/Patient' })).toBe(201);
    const answer = api('GET', 'Patient?_summary=count');
    await expect.poll(() => inFlight(sandbox)).toBe(1);
    expect((await answer).status).toBe(200);
    expect(await inFlight(sandbox)).toBe(0);
  });

  it('error answers the status without executing, `times` times', async () => {
    expect(
      await addFault(sandbox, { kind: 'error', status: 502, method: 'POST', path: '/fhir/Patient', times: 2 }),
    ).toBe(201);
    const body = { resourceType: 'Patient', name: [{ family: 'NeverWritten' }] };
    expect((await api<OperationOutcome>('POST', 'Patient', body)).status).toBe(502);
    expect((await api<OperationOutcome>('POST', 'Patient', body)).body.resourceType).toBe('OperationOutcome');
    expect((await api<Bundle>('GET', 'Patient?family=NeverWritten&_summary=count')).body.total).toBe(0);
    expect((await api('POST', 'Patient', body)).status).toBe(201);
  });

  it('drop commits the write, then cuts the connection without a response', async () => {
    expect(await addFault(sandbox, { kind: 'drop', method: 'POST', path: '/fhir/Patient' })).toBe(201);
    await expect(api('POST', 'Patient', { resourceType: 'Patient', name: [{ family: 'Dropped' }] })).rejects.toThrow();
    expect((await api<Bundle>('GET', 'Patient?family=Dropped&_summary=count')).body.total).toBe(1);
    await expect.poll(() => inFlight(sandbox)).toBe(0);
  });

  it('DELETE clears the rules; invalid rules are refused', async () => {
    expect(await addFault(sandbox, { kind: 'error', path: '/fhir' })).toBe(201);
    expect((await fetch(`${sandbox.urls.origin}/__test/faults`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('GET', 'Patient?_summary=count')).status).toBe(200);
    expect(await addFault(sandbox, { kind: 'explode' })).toBe(400);
  });

  it('is absent (404) unless the sandbox runs in test mode', async () => {
    const plain = await startTestSandbox({ testMode: false });
    try {
      expect(await addFault(plain, { kind: 'error' })).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
