import type { Bundle, Patient } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { plainBody, prefersRepresentation, type PlainRequest } from './plain';

const request = (over: Partial<PlainRequest>): PlainRequest => ({
  method: 'GET',
  path: 'Patient',
  search: new URLSearchParams(),
  preferHeader: undefined,
  body: undefined,
  ...over,
});
const searchset: Bundle = {
  resourceType: 'Bundle',
  type: 'searchset',
  total: 40,
  link: ['self', 'first', 'previous', 'next', 'last'].map((relation) => ({ relation, url: `x?${relation}` })),
};

describe('plain-server answers', () => {
  it('reads the Prefer header as RFC 7240 writes it', () => {
    expect(prefersRepresentation('return=representation')).toBe(true);
    expect(prefersRepresentation('handling=strict; return=representation')).toBe(true);
    expect(prefersRepresentation('return=minimal')).toBe(false);
    expect(prefersRepresentation(undefined)).toBe(false);
  });

  it('drops the body of a write unless asked for it', () => {
    const patient: Patient = { resourceType: 'Patient', id: 'p' };
    expect(plainBody(patient, request({ method: 'POST' }))).toBeUndefined();
    expect(plainBody(patient, request({ method: 'PUT', path: 'Patient/p' }))).toBeUndefined();
    expect(plainBody(patient, request({ method: 'PUT', preferHeader: 'return=representation' }))).toBe(patient);
    expect(plainBody(patient, request({ path: 'Patient/p' }))).toBe(patient);
  });

  it('keeps only self and next links, and the total only when asked', () => {
    const plain = plainBody(searchset, request({})) as Bundle;
    expect(plain.link?.map((l) => l.relation)).toEqual(['self', 'next']);
    expect(plain.total).toBeUndefined();
    const counted = plainBody(searchset, request({ search: new URLSearchParams('_summary=count') })) as Bundle;
    expect(counted.total).toBe(40);
  });

  it('strips the write answers of a transaction entry by entry, and shapes the searches of a batch', () => {
    const asked: Bundle = {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [{ request: { method: 'POST', url: 'Patient' } }, { request: { method: 'GET', url: 'Patient?name=x' } }],
    };
    const answer: Bundle = {
      resourceType: 'Bundle',
      type: 'batch-response',
      entry: [
        {
          resource: { resourceType: 'Patient', id: 'p', meta: { versionId: '2', lastUpdated: '2026-12-01T09:00:00Z' } },
          response: { status: '201', location: 'Patient/p' },
        },
        { resource: searchset, response: { status: '200' } },
      ],
    };
    const plain = plainBody(answer, request({ method: 'POST', path: '', body: asked })) as Bundle;
    // As a strict server answers: the versioned location, ETag and Last-Modified, no body.
    expect(plain.entry?.[0]).toEqual({
      response: {
        status: '201',
        location: 'Patient/p/_history/2',
        etag: 'W/"2"',
        lastModified: '2026-12-01T09:00:00Z',
      },
    });
    const page = plain.entry?.[1]?.resource as Bundle;
    expect(page.link?.map((l) => l.relation)).toEqual(['self', 'next']);
    expect(page.total).toBeUndefined();
  });
});
