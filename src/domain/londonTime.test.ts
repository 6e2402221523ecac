import { describe, expect, it } from 'vitest';
import { londonInstant, londonParts, parseTime } from './londonTime';

describe('London time', () => {
  it('reads a winter time as GMT and a summer time as BST', () => {
    expect(londonInstant({ year: 2026, month: 12, day: 3, hour: 14, minute: 30 })?.toISOString()).toBe(
      '2026-12-03T14:30:00.000Z',
    );
    expect(londonInstant({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 })?.toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
  });

  it('round-trips through the wall-clock reading, also on the day the clocks change', () => {
    for (const iso of [
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T02:30:00Z',
    ]) {
      const parts = londonParts(new Date(iso));
      expect(londonParts(londonInstant(parts) ?? new Date(0))).toEqual(parts);
    }
  });

  it('refuses dates and times that do not exist', () => {
    expect(londonInstant({ year: 2026, month: 2, day: 30, hour: 10, minute: 0 })).toBeUndefined();
    expect(londonInstant({ year: 2026, month: 13, day: 1, hour: 10, minute: 0 })).toBeUndefined();
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseTime('half two')).toBeUndefined();
    expect(parseTime('9.05')).toEqual({ hour: 9, minute: 5 });
  });
});
