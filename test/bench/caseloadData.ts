import { randomUUID } from 'node:crypto';
import type { Bundle, BundleEntry, ServiceRequest, Task } from 'fhir/r4';
import { EXTENSION, EXTERNAL, REFERRAL_IDENTIFIER_SYSTEM, WELFARE_LAW_AREA } from '../../fhir-profiles/src/terminology';
import type { Api } from '../support/api';

const AREAS = Object.keys(WELFARE_LAW_AREA.codes);
const STATUSES = ['requested', 'accepted', 'in-progress', 'on-hold'] as const;

/** Open referrals (ServiceRequest + referral Task) owned by the advice organisation (a third assigned to the adviser), in transactions of 250 referrals. */
export async function addOpenReferrals(api: Api, count: number, patients: readonly string[]): Promise<void> {
  for (let done = 0; done < count; done += 250) {
    const entry: BundleEntry[] = [];
    for (let i = done; i < Math.min(count, done + 250); i++) {
      const srUrl = `urn:uuid:${randomUUID()}`;
      const patient = { reference: `Patient/${patients[i % patients.length] ?? 'pat-001'}` };
      const authoredOn = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const priority = i % 7 === 0 ? 'urgent' : 'routine';
      const referral: ServiceRequest = {
        resourceType: 'ServiceRequest',
        identifier: [{ system: REFERRAL_IDENTIFIER_SYSTEM, value: randomUUID() }],
        status: 'active',
        intent: 'order',
        priority,
        subject: patient,
        requester: { reference: 'PractitionerRole/gp' },
        performer: [{ reference: 'Organization/org-advice' }],
        authoredOn,
        reasonCode: [{ coding: [{ system: WELFARE_LAW_AREA.system, code: AREAS[i % AREAS.length] ?? 'debt' }] }],
      };
      const task: Task = {
        resourceType: 'Task',
        status: STATUSES[i % STATUSES.length] ?? 'requested',
        intent: 'order',
        priority,
        code: { coding: [EXTERNAL.taskFulfill] },
        focus: { reference: srUrl },
        for: patient,
        requester: { reference: 'PractitionerRole/gp' },
        owner: { reference: 'Organization/org-advice' },
        authoredOn,
        // Every third case is the seeded adviser's (case owner), for the "my cases" figures.
        ...(i % 3 === 0
          ? { extension: [{ url: EXTENSION.caseOwner, valueReference: { reference: 'PractitionerRole/adviser' } }] }
          : {}),
      };
      entry.push(
        { fullUrl: srUrl, request: { method: 'POST', url: 'ServiceRequest' }, resource: referral },
        { request: { method: 'POST', url: 'Task' }, resource: task },
      );
    }
    const res = await api<Bundle>('POST', '', { resourceType: 'Bundle', type: 'transaction', entry });
    if (res.status !== 200) {
      throw new Error(`loading referrals: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    }
  }
}
