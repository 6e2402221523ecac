import { describe, expect, it } from 'vitest';
import { REFERRAL_TASK_STATUSES } from '../../fhir-profiles/src/terminology';
import {
  allowedNextStatuses,
  checkChange,
  isTerminal,
  mayTransition,
  reasonRequired,
  settableStages,
  stageForStatus,
} from './transitions';

describe('referral Task status transitions: who may set what', () => {
  it('the adviser accepts or rejects a new referral, and nothing else', () => {
    expect(allowedNextStatuses('adviser', 'requested')).toEqual(['accepted', 'rejected']);
    expect(mayTransition('adviser', 'requested', 'completed')).toBe(false);
    expect(mayTransition('adviser', 'requested', 'in-progress')).toBe(false);
  });

  it('the adviser works an accepted case to completed or failed, through on-hold and back', () => {
    expect(mayTransition('adviser', 'accepted', 'in-progress')).toBe(true);
    expect(mayTransition('adviser', 'in-progress', 'on-hold')).toBe(true);
    expect(mayTransition('adviser', 'on-hold', 'in-progress')).toBe(true);
    expect(mayTransition('adviser', 'in-progress', 'completed')).toBe(true);
    expect(mayTransition('adviser', 'in-progress', 'failed')).toBe(true);
    expect(mayTransition('adviser', 'in-progress', 'accepted')).toBe(false);
  });

  it('the referrer only sends and cancels; it never accepts or completes', () => {
    expect(mayTransition('referrer', 'requested', 'cancelled')).toBe(true);
    expect(mayTransition('referrer', 'in-progress', 'cancelled')).toBe(true);
    expect(mayTransition('referrer', 'requested', 'accepted')).toBe(false);
    expect(mayTransition('referrer', 'in-progress', 'completed')).toBe(false);
    expect(mayTransition('referrer', 'draft', 'requested')).toBe(true);
    expect(mayTransition('adviser', 'draft', 'requested')).toBe(false);
  });

  it('terminal statuses never move for anyone', () => {
    for (const status of ['rejected', 'cancelled', 'failed', 'completed', 'entered-in-error'] as const) {
      expect(isTerminal(status)).toBe(true);
      for (const to of REFERRAL_TASK_STATUSES) {
        expect(mayTransition('adviser', status, to)).toBe(false);
        expect(mayTransition('referrer', status, to)).toBe(false);
      }
    }
    expect(isTerminal('requested')).toBe(false);
  });

  it('every move leads to a status of the referral-task status set (never ready or received)', () => {
    for (const from of REFERRAL_TASK_STATUSES) {
      for (const to of [...allowedNextStatuses('adviser', from), ...allowedNextStatuses('referrer', from)]) {
        expect(REFERRAL_TASK_STATUSES).toContain(to);
      }
    }
  });

  it('rejected, cancelled and failed need a reason; others do not', () => {
    expect(reasonRequired('rejected')).toBe(true);
    expect(reasonRequired('cancelled')).toBe(true);
    expect(reasonRequired('failed')).toBe(true);
    expect(reasonRequired('accepted')).toBe(false);
    expect(checkChange('adviser', { from: 'requested', to: 'rejected', reason: '  ' })?.field).toBe('reason');
    expect(checkChange('adviser', { from: 'requested', to: 'rejected', reason: 'Outside our area' })).toBeUndefined();
  });

  it('explains a forbidden move and a stage set on a closed case', () => {
    expect(checkChange('adviser', { from: 'requested', to: 'completed' })?.field).toBe('status');
    expect(checkChange('adviser', { from: 'completed', to: 'completed', stage: 'casework' })?.field).toBe('stage');
    expect(checkChange('adviser', { from: 'in-progress', to: 'in-progress', stage: 'casework' })).toBeUndefined();
  });

  it('business stages: settable only while open, never "closed" by hand; closing statuses close it', () => {
    expect(settableStages('in-progress')).toContain('appeal-tribunal');
    expect(settableStages('in-progress')).not.toContain('closed');
    expect(settableStages('requested')).toEqual([]);
    expect(stageForStatus('accepted', undefined)).toBe('awaiting-contact');
    expect(stageForStatus('accepted', 'contacted')).toBe('contacted');
    expect(stageForStatus('completed', 'casework')).toBe('closed');
    expect(stageForStatus('on-hold', 'casework')).toBe('casework');
  });
});
