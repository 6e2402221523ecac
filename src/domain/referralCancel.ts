import type { Bundle, ServiceRequest, Task } from 'fhir/r4';
import { taskChangeEntries } from './provenance';
import { isReferralTaskStatus, mayTransition } from './transitions';

/** The referrer may withdraw a referral sent in error while the transition rules allow it. */
export function canCancel(task: Task, user: string): boolean {
  return (
    task.requester?.reference === user &&
    isReferralTaskStatus(task.status) &&
    mayTransition('referrer', task.status, 'cancelled')
  );
}

function etag(resource: { meta?: { versionId?: string } }): string {
  const version = resource.meta?.versionId;
  if (!version) {
    throw new Error('Cannot cancel a record without its version');
  }
  return `W/"${version}"`;
}

/**
 * Cancels a referral sent in error: Task cancelled with the reason, ServiceRequest revoked,
 * in ONE transaction, each update guarded by the version it was based on (If-Match) so a
 * change by the adviser meanwhile is reported as a conflict, never overwritten. The Task links a
 * Provenance written in the same transaction naming the referrer (only the requester may cancel:
 * canCancel), so the timeline says who cancelled from the record, not by guessing.
 */
export function buildCancelTransaction(task: Task, serviceRequest: ServiceRequest, reason: string, now: Date): Bundle {
  const text = reason.trim();
  if (!text) {
    throw new Error('A reason is needed to cancel a referral');
  }
  const cancelledTask: Task = { ...task, status: 'cancelled', statusReason: { text }, lastModified: now.toISOString() };
  const revoked: ServiceRequest = { ...serviceRequest, status: 'revoked' };
  etag(task);
  const change = taskChangeEntries(
    cancelledTask,
    task.meta?.versionId,
    { reference: task.requester?.reference ?? '' },
    now.toISOString(),
    [`ServiceRequest/${serviceRequest.id ?? ''}`],
  );
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      change.task,
      {
        resource: revoked,
        request: { method: 'PUT', url: `ServiceRequest/${serviceRequest.id ?? ''}`, ifMatch: etag(serviceRequest) },
      },
      change.provenance,
    ],
  };
}
