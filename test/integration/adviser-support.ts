import type { RunningSandbox } from '../../launch/sandbox/server';
import { createGateway, type FhirGateway } from '../../src/fhir/gateway';
import { SCOPES } from '../../src/smart/scopes';
import { launchHeadless } from '../support/smart';

/**
 * The app's own FhirGateway for a user launched headless through the real SMART flow
 * (adviser launches: SCOPES.adviser, no patient; clinician launches: SCOPES.clinician + patient).
 */
export async function gatewayFor(
  sandbox: RunningSandbox,
  user: string,
  options: { patient?: string; profile?: 'adviser' | 'clinician' } = {},
): Promise<FhirGateway> {
  const profile = options.profile ?? (options.patient ? 'clinician' : 'adviser');
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
    user,
    ...(options.patient ? { patient: options.patient } : {}),
    scope: SCOPES[profile].join(' '),
  });
  return createGateway({
    baseUrl: sandbox.urls.fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
  });
}

export const ADVISER_USER = {
  reference: 'PractitionerRole/adviser',
  organisation: { reference: 'Organization/org-advice' },
} as const;

/** Adds `count` open referral Tasks owned by the advice organisation (for load tests), in transactions of 250. */
export async function addOpenTasks(gateway: FhirGateway, count: number): Promise<void> {
  const statuses = ['requested', 'accepted', 'in-progress', 'on-hold'] as const;
  for (let start = 0; start < count; start += 250) {
    const size = Math.min(250, count - start);
    await gateway.transaction({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: Array.from({ length: size }, (_, i) => ({
        request: { method: 'POST' as const, url: 'Task' },
        resource: {
          resourceType: 'Task' as const,
          status: statuses[(start + i) % statuses.length] ?? 'requested',
          intent: 'order' as const,
          priority: (start + i) % 7 === 0 ? ('urgent' as const) : ('routine' as const),
          code: { coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' }] },
          focus: { reference: 'ServiceRequest/ref-01' },
          for: { reference: 'Patient/pat-001' },
          authoredOn: new Date(Date.UTC(2026, 0, 1) + (start + i) * 60_000).toISOString(),
          requester: { reference: 'PractitionerRole/gp' },
          owner: { reference: 'Organization/org-advice' },
        },
      })),
    });
  }
}

/** Time to the caseload's first page (the one request a page needs) and the counts batch, in ms. */
export async function timeFirstPage(gateway: FhirGateway): Promise<{ pageMs: number; countsMs: number; requests: number }> {
  const { caseloadParams, countsBatch } = await import('../../src/casework/caseloadQuery');
  const org = 'Organization/org-advice';
  let t = performance.now();
  await gateway.search('Task', caseloadParams(org, { status: 'open' }));
  const pageMs = performance.now() - t;
  t = performance.now();
  await gateway.transaction(countsBatch(org, { status: 'open' }));
  return { pageMs, countsMs: performance.now() - t, requests: 2 };
}
