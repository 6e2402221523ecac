import type { Bundle, ServiceRequest, Task } from 'fhir/r4';

/** Task statuses from which the referrer may still withdraw a referral sent in error. */
const CANCELLABLE: readonly Task['status'][] = ['draft', 'requested', 'accepted', 'in-progress', 'on-hold'];

export function canCancel(task: Task, user: string): boolean {
  return CANCELLABLE.includes(task.status) && task.requester?.reference === user;
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
 * change by the adviser meanwhile is reported as a conflict, never overwritten.
 */
export function buildCancelTransaction(task: Task, serviceRequest: ServiceRequest, reason: string, now: Date): Bundle {
  const text = reason.trim();
  if (!text) {
    throw new Error('A reason is needed to cancel a referral');
  }
  const cancelledTask: Task = { ...task, status: 'cancelled', statusReason: { text }, lastModified: now.toISOString() };
  const revoked: ServiceRequest = { ...serviceRequest, status: 'revoked' };
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      { resource: cancelledTask, request: { method: 'PUT', url: `Task/${task.id ?? ''}`, ifMatch: etag(task) } },
      {
        resource: revoked,
        request: { method: 'PUT', url: `ServiceRequest/${serviceRequest.id ?? ''}`, ifMatch: etag(serviceRequest) },
      },
    ],
  };
}
