import { describe, expect, it } from 'vitest';
import type { Task } from 'fhir/r4';
import { changedTask } from './taskChange';
import { checkChange, reopenProblem } from './transitions';

const now = new Date('2026-12-01T12:00:00Z');
const window = (daysAgo: number) => ({
  closedAt: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
  now,
  withinDays: 90,
});

describe('reopening a closed case', () => {
  it('the adviser may, within the window, with a reason', () => {
    expect(reopenProblem('adviser', 'completed', window(89))).toBeUndefined();
    expect(
      checkChange('adviser', { from: 'completed', to: 'in-progress', reason: 'Appeal lodged', reopen: window(10) }),
    ).toBeUndefined();
  });

  it('refuses the referrer, an expired window, a case not completed, a missing reason', () => {
    expect(reopenProblem('referrer', 'completed', window(1))).toMatch(/Only the advice service/);
    expect(reopenProblem('adviser', 'completed', window(91))).toBe(
      'A case can be reopened only within 90 days of closing.',
    );
    expect(reopenProblem('adviser', 'rejected', window(1))).toMatch(/Only a completed case/);
    expect(reopenProblem('adviser', 'completed', { closedAt: undefined, now, withinDays: 90 })).toMatch(/not recorded/);
    expect(checkChange('adviser', { from: 'completed', to: 'in-progress', reason: ' ', reopen: window(1) })).toEqual({
      field: 'reason',
      message: 'Enter why the case is reopened.',
    });
    // Without the reopen window it is an ordinary move, and completed is terminal.
    expect(checkChange('adviser', { from: 'completed', to: 'in-progress' })?.field).toBe('status');
  });

  it('a reopened Task is in progress at the casework stage, its old outcomes cleared, the reason kept', () => {
    const closed: Task = {
      resourceType: 'Task',
      status: 'completed',
      intent: 'order',
      lastModified: window(5).closedAt,
      output: [{ type: { text: 'x' }, valueBoolean: true }],
    };
    const next = changedTask(
      closed,
      { status: 'in-progress', reason: 'Wrong amount recorded', reopen: window(5) },
      'adviser',
      now.toISOString(),
    );
    expect(next).toMatchObject({ status: 'in-progress', statusReason: { text: 'Wrong amount recorded' } });
    expect(next.businessStatus?.coding?.[0]?.code).toBe('casework');
    expect(next.output).toBeUndefined();
    expect(() =>
      changedTask(closed, { status: 'in-progress', reason: 'x', reopen: window(120) }, 'adviser', now.toISOString()),
    ).toThrow(/within 90 days/);
  });
});
