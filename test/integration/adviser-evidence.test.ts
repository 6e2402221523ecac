import type { Task } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { loadCase } from '../../src/casework/caseRecord';
import { evidenceAnswerBundle } from '../../src/evidence/evidenceAnswer';
import { isFhirError } from '../../src/fhir/errors';
import type { FhirGateway } from '../../src/fhir/gateway';
import { buildMessage } from '../../src/domain/messages';
import { startTestSandbox } from '../support/sandbox';
import { gatewayFor } from './adviser-support';

let sandbox: RunningSandbox;
let adviser: FhirGateway;
let gp: FhirGateway;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  [adviser, gp] = await Promise.all([
    gatewayFor(sandbox, 'adviser'),
    gatewayFor(sandbox, 'gp', { patient: 'pat-004' }),
  ]);
});
afterAll(async () => {
  await sandbox.close();
});

function answerTo(request: Task, text: string): ReturnType<typeof buildMessage> {
  return buildMessage({
    identifier: crypto.randomUUID(),
    category: 'evidence',
    patientId: 'pat-004',
    about: ['Task/task-04', `Task/${request.id ?? ''}`],
    basedOn: 'ServiceRequest/ref-04',
    sender: 'PractitionerRole/gp',
    recipients: ['PractitionerRole/adviser'],
    text,
    attachment: { contentType: 'application/pdf', data: 'JVBERi0xLjQK', title: 'gp-letter.pdf' },
    sent: new Date(),
  });
}

describe('the referrer answers an evidence request', () => {
  it('one transaction writes the answer and completes the request; the adviser sees both', async () => {
    const request = await gp.read<Task>('Task', 'evid-04');
    const response = await gp.transaction(
      evidenceAnswerBundle(request, answerTo(request, 'Letter attached.'), new Date()),
    );
    // The answer, the completed request and the Provenance that says who answered.
    expect(response.entry?.map((e) => e.response?.status.slice(0, 3))).toEqual(['201', '200', '201']);
    const record = await loadCase(adviser, 'task-04', 'Organization/org-advice', new Date());
    const answered = record.evidenceRequests.find((t) => t.id === 'evid-04');
    expect(answered?.status).toBe('completed');
    const answer = record.messages.find(
      (m) => `Communication/${m.id ?? ''}` === answered?.output?.[0]?.valueReference?.reference,
    );
    expect(answer?.payload?.map((p) => p.contentString ?? p.contentAttachment?.title)).toEqual([
      'Letter attached.',
      'gp-letter.pdf',
    ]);
  });

  it('an answer based on a stale version of the request is refused and writes nothing', async () => {
    const stale = { ...(await gp.read<Task>('Task', 'evid-04')), meta: { versionId: '1' } };
    const before = (await loadCase(adviser, 'task-04', 'Organization/org-advice', new Date())).messages.length;
    const attempt = await gp
      .transaction(evidenceAnswerBundle(stale, answerTo(stale, 'Second letter'), new Date()))
      .catch((e: unknown) => e);
    expect(isFhirError(attempt) && attempt.kind).toBe('conflict');
    expect((await loadCase(adviser, 'task-04', 'Organization/org-advice', new Date())).messages).toHaveLength(before);
  });
});
