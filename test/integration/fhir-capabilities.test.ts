import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { missingCapabilities, needsOf } from '../../src/fhir/capabilities';
import { startTestSandbox } from '../support/sandbox';
import { gatewayFor } from './adviser-support';

describe('the app reads the server’s CapabilityStatement', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer: true });
  });
  afterAll(() => sandbox.close());

  it('finds everything every role needs declared by the sandbox, plain or not', async () => {
    const statement = await (await gatewayFor(sandbox, 'adviser')).capabilities();
    expect(statement.fhirVersion).toBe('4.0.1');
    for (const role of ['gp', 'ward-nurse', 'adviser', 'lead'] as const) {
      expect(missingCapabilities(statement, needsOf(role)), role).toEqual([]);
    }
  });
});
