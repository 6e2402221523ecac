import type { Bundle, Communication, Task } from 'fhir/r4';
import { localCoding } from '../../fhir-profiles/src/terminology';
import { OUTPUT_TYPE } from '../../fhir-profiles/src/code-systems-casework';
import { taskChangeEntries } from '../domain/provenance';
import { withoutVersion } from '../domain/versioned';

/**
 * The clinician's answer to an evidence request, as one transaction: the Communication (text
 * and/or attachment, category evidence) and the request completed with an output pointing at it,
 * guarded by the version of the request the clinician saw (If-Match). The request links a
 * Provenance naming the sender, written in the same transaction (who answered, from the record).
 */
export function evidenceAnswerBundle(request: Task, answer: Communication, now: Date): Bundle {
  if (!request.id) {
    throw new RangeError('The evidence request has no id.');
  }
  const fullUrl = `urn:uuid:${crypto.randomUUID()}`;
  const completed: Task = {
    ...withoutVersion(request),
    status: 'completed',
    lastModified: now.toISOString(),
    output: [
      ...(request.output ?? []),
      { type: { coding: [localCoding(OUTPUT_TYPE, 'evidence-response')] }, valueReference: { reference: fullUrl } },
    ],
  };
  const change = taskChangeEntries(
    completed,
    request.meta?.versionId,
    { reference: answer.sender?.reference ?? '' },
    now.toISOString(),
  );
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      { fullUrl, resource: answer, request: { method: 'POST', url: 'Communication' } },
      change.task,
      change.provenance,
    ],
  };
}

/** Is this Task an open evidence request (not yet answered or cancelled)? */
export function isOpenRequest(task: Task): boolean {
  return task.status === 'requested' || task.status === 'accepted' || task.status === 'in-progress';
}
