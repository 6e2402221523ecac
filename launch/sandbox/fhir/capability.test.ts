import { beforeAll, describe, expect, it } from 'vitest';
import { indexBaseDefinitions } from '../../../fhir-profiles/src/validation/definitions';
import { buildCapabilityStatement } from './capability';

describe('buildCapabilityStatement', () => {
  beforeAll(() => {
    indexBaseDefinitions();
  });

  it('declares R4, the SMART endpoints and each resource with its interactions and search parameters', () => {
    const cs = buildCapabilityStatement('http://127.0.0.1:9', 'http://127.0.0.1:9/fhir', '2026-01-01');
    expect(cs.fhirVersion).toBe('4.0.1');
    const rest = cs.rest?.[0];
    const uris = rest?.security?.extension?.[0]?.extension ?? [];
    expect(uris.map((e) => [e.url, e.valueUri])).toEqual([
      ['authorize', 'http://127.0.0.1:9/auth/authorize'],
      ['token', 'http://127.0.0.1:9/auth/token'],
    ]);
    const task = rest?.resource?.find((r) => r.type === 'Task');
    expect(task?.interaction?.map((i) => i.code)).toEqual(
      expect.arrayContaining(['read', 'create', 'update', 'search-type']),
    );
    expect(task?.searchParam?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['owner', 'status', '_id', '_lastUpdated']),
    );
    expect(task?.searchInclude).toContain('Task:focus');
  });
});
