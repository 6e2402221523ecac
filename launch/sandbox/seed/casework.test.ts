import type { Resource, Task } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { caseworkResources } from './casework';

const NOW = new Date('2026-11-27T12:00:00Z');
const seed: Resource[] = caseworkResources(NOW);
const tasks = seed.filter((r): r is Task => r.resourceType === 'Task');
const referralTasks = tasks.filter((t) => t.code?.coding?.[0]?.code === 'fulfill');

describe('casework seed', () => {
  it('has referral Tasks in every status an adviser meets', () => {
    const statuses = new Set(referralTasks.map((t) => t.status));
    for (const s of [
      'requested',
      'accepted',
      'in-progress',
      'on-hold',
      'completed',
      'rejected',
      'cancelled',
      'failed',
    ]) {
      expect(statuses).toContain(s);
    }
  });

  it('mixes urgent and routine cases across several areas of law', () => {
    expect(new Set(referralTasks.map((t) => t.priority))).toEqual(new Set(['urgent', 'routine']));
    const areas = new Set(
      seed.flatMap((r) =>
        r.resourceType === 'ServiceRequest' ? (r.reasonCode ?? []).map((c) => c.coding?.[0]?.code) : [],
      ),
    );
    expect(areas.size).toBeGreaterThanOrEqual(6);
  });

  it('has messages, an open evidence request, a withdrawn consent and an expired one', () => {
    expect(seed.filter((r) => r.resourceType === 'Communication').length).toBeGreaterThanOrEqual(4);
    expect(tasks.find((t) => t.id === 'evid-04')?.status).toBe('requested');
    const consents = seed.filter((r) => r.resourceType === 'Consent');
    expect(consents.find((c) => c.id === 'consent-06')?.status).toBe('inactive');
    const expired = consents.find((c) => c.id === 'consent-07');
    expect(expired?.status).toBe('active');
    expect((expired?.provision?.period?.end ?? '9999') < NOW.toISOString().slice(0, 10)).toBe(true);
  });

  it('closed, rejected, cancelled and failed Tasks carry what the profile needs', () => {
    for (const t of referralTasks.filter((x) => ['rejected', 'cancelled', 'failed'].includes(x.status))) {
      expect(t.statusReason?.text).toBeTruthy();
    }
    expect(referralTasks.find((t) => t.status === 'completed')?.output?.length).toBe(5);
  });

  it('case 04 has its working day: a first appointment, a booked one, intake measures and an internal note', () => {
    const appointments = seed.filter((r) => r.resourceType === 'Appointment');
    expect(appointments.map((a) => [a.id, a.status])).toEqual([
      ['appt-04-1', 'fulfilled'],
      ['appt-04-2', 'booked'],
    ]);
    for (const a of appointments) {
      expect(a.basedOn?.[0]?.reference).toBe('ServiceRequest/ref-04');
      expect(a.participant.map((p) => p.actor?.reference)).toContain('Patient/pat-004');
    }
    const measures = seed.filter((r) => r.resourceType === 'QuestionnaireResponse' && r.basedOn !== undefined);
    expect(measures.map((m) => m.id).sort()).toEqual(['measure-04-strain-intake', 'measure-04-wellbeing-intake']);
    const note = seed.find((r) => r.id === 'note-04-1');
    expect(note?.resourceType === 'Communication' ? note.recipient?.[0]?.reference : undefined).toBe(
      'Organization/org-advice',
    );
  });
});
