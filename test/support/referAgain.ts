import type { ServiceRequest, Task } from 'fhir/r4';
import type { Api } from './api';

/**
 * A second open referral for a seed case's patient, an hour old and not yet accepted: copies of
 * ServiceRequest/ref-<n> and Task/task-<n> as ref-<n>b and task-<n>b, with their own referral
 * identifier, written with the test-only admin API. What the duplicate-referral notice is about.
 */
export async function referAgain(admin: Api, seedCase: string, identifierValue: string): Promise<void> {
  const sr = (await admin<ServiceRequest>('GET', `ServiceRequest/ref-${seedCase}`)).body;
  const task = (await admin<Task>('GET', `Task/task-${seedCase}`)).body;
  const authoredOn = new Date(Date.now() - 3_600_000).toISOString();
  const copies: (ServiceRequest | Task)[] = [
    {
      ...sr,
      id: `ref-${seedCase}b`,
      meta: { profile: sr.meta?.profile },
      identifier: [{ system: sr.identifier?.[0]?.system, value: identifierValue }],
      authoredOn,
    },
    {
      ...task,
      id: `task-${seedCase}b`,
      meta: { profile: task.meta?.profile },
      status: 'requested',
      focus: { reference: `ServiceRequest/ref-${seedCase}b` },
      authoredOn,
      businessStatus: undefined,
      lastModified: undefined,
      relevantHistory: undefined,
    },
  ];
  for (const r of copies) {
    const reply = await admin('PUT', `${r.resourceType}/${r.id ?? ''}`, r);
    if (reply.status >= 300) {
      throw new Error(`setup: PUT ${r.resourceType}/${r.id ?? ''} → ${String(reply.status)}`);
    }
  }
}
