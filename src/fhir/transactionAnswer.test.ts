import type { Bundle, Task } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { answeredId, firstAnsweredId, versionedLocation } from './transactionAnswer';

const answer: Bundle = {
  resourceType: 'Bundle',
  type: 'transaction-response',
  entry: [
    { response: { status: '201', location: 'QuestionnaireResponse/qr1/_history/1' } },
    { response: { status: '201', location: 'https://ehr.example/fhir/ServiceRequest/sr1/_history/1' } },
    {
      resource: { resourceType: 'Task', id: 't1', status: 'requested', intent: 'order' } as Task,
      response: { status: '201' },
    },
    { response: { status: '200', location: 'Provenance/p1' } },
  ],
};

describe('reading a transaction answer', () => {
  it('takes the id from the resource when there is one, otherwise from the location', () => {
    expect(answeredId(answer, 0, 'QuestionnaireResponse')).toBe('qr1');
    expect(answeredId(answer, 2, 'Task')).toBe('t1');
    expect(answeredId(answer, 3, 'Provenance')).toBe('p1');
  });

  it('finds the first entry of a type, relative or absolute location', () => {
    expect(firstAnsweredId(answer, 'ServiceRequest')).toBe('sr1');
    expect(firstAnsweredId(answer, 'Consent')).toBeUndefined();
    expect(answeredId(answer, 0, 'ServiceRequest')).toBeUndefined();
  });

  it('pins a read-back to the version the write made, from the location or the ETag', () => {
    expect(versionedLocation({ location: 'Task/t1/_history/3', etag: 'W/"3"' })).toBe('Task/t1/_history/3');
    expect(versionedLocation({ location: 'Task/t1', etag: 'W/"4"' })).toBe('Task/t1/_history/4');
    expect(versionedLocation({ location: 'Task/t1' })).toBe('Task/t1');
    expect(versionedLocation({ etag: 'W/"4"' })).toBeUndefined();
  });
});
