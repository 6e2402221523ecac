import type { Communication, Task } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { caseFlags, flagFacts, urgentOverdueBefore } from './caseFlags';

const NOW = new Date('2026-12-01T12:00:00Z');
const CATEGORY = 'https://fhir.hjp-link.org.uk/CodeSystem/communication-category';

const task = (over: Partial<Task> = {}): Task => ({
  resourceType: 'Task',
  id: 't1',
  status: 'accepted',
  intent: 'order',
  priority: 'routine',
  authoredOn: '2026-11-20T09:00:00Z',
  requester: { reference: 'PractitionerRole/gp' },
  ...over,
});

const message = (from: string, sent: string, category = 'message'): Communication => ({
  resourceType: 'Communication',
  status: 'completed',
  sender: { reference: from },
  sent,
  category: [{ coding: [{ system: CATEGORY, code: category }] }],
});

describe('flags for what needs the adviser', () => {
  it('flags an urgent referral nobody has answered once it waits longer than the target', () => {
    const waiting = flagFacts(
      task({ priority: 'urgent', status: 'requested', authoredOn: '2026-11-28T11:00:00Z' }),
      [],
      [],
    );
    expect(caseFlags(waiting, NOW, 2)).toEqual([
      { kind: 'urgent-waiting', text: 'Urgent referral waiting 3 days (target 2)' },
    ]);
    expect(caseFlags(waiting, NOW, 5)).toEqual([]);
    const accepted = flagFacts(task({ priority: 'urgent', status: 'accepted' }), [], []);
    expect(caseFlags(accepted, NOW, 2)).toEqual([]);
  });

  it('flags a GP reply the adviser has not answered, and evidence sent, but not once the adviser replied', () => {
    const replied = flagFacts(
      task(),
      [
        message('PractitionerRole/adviser', '2026-11-25T10:00:00Z'),
        message('PractitionerRole/gp', '2026-11-29T10:00:00Z'),
      ],
      [],
    );
    expect(caseFlags(replied, NOW, 2)).toEqual([{ kind: 'gp-replied', text: 'GP replied 2 days ago' }]);
    const answered = flagFacts(
      task(),
      [
        message('PractitionerRole/gp', '2026-11-29T10:00:00Z'),
        message('PractitionerRole/adviser', '2026-11-30T10:00:00Z'),
      ],
      [],
    );
    expect(caseFlags(answered, NOW, 2)).toEqual([]);
    const evidence = flagFacts(
      task(),
      [message('PractitionerRole/gp-colleague', '2026-12-01T08:00:00Z', 'evidence')],
      [],
    );
    expect(caseFlags(evidence, NOW, 2)).toEqual([{ kind: 'evidence-answered', text: 'GP sent evidence today' }]);
    // Internal case notes are not the conversation.
    const noted = flagFacts(
      task(),
      [
        message('PractitionerRole/gp', '2026-11-29T10:00:00Z'),
        message('PractitionerRole/adviser', '2026-11-30T10:00:00Z', 'internal-note'),
      ],
      [],
    );
    expect(caseFlags(noted, NOW, 2).map((f) => f.kind)).toEqual(['gp-replied']);
  });

  it('flags an evidence request past its due date while it is still open', () => {
    const request = (status: Task['status'], end: string): Task =>
      task({ id: 'e1', status, restriction: { period: { end } } });
    const overdue = flagFacts(task(), [], [request('requested', '2026-11-30'), request('completed', '2026-11-01')]);
    expect(caseFlags(overdue, NOW, 2)).toEqual([
      { kind: 'evidence-overdue', text: 'Evidence request overdue (due 30 November 2026)' },
    ]);
    expect(caseFlags(flagFacts(task(), [], [request('requested', '2026-12-01')]), NOW, 2)).toEqual([]);
    expect(caseFlags(flagFacts(task(), [], [request('cancelled', '2026-11-01')]), NOW, 2)).toEqual([]);
  });

  it('turns the target into a search bound in whole hours', () => {
    expect(urgentOverdueBefore(new Date('2026-12-01T12:34:56Z'), 2)).toBe('2026-11-29T12:00:00.000Z');
  });
});
