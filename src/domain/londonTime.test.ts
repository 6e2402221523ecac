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

  it('refuses a time in the hour the clocks skip in spring, and takes the second of the hour that repeats in autumn', () => {
    // 29 March 2026: 00:59 GMT is followed by 02:00 BST.
    expect(londonInstant({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 })).toBeUndefined();
    expect(londonInstant({ year: 2026, month: 3, day: 29, hour: 0, minute: 59 })?.toISOString()).toBe(
      '2026-03-29T00:59:00.000Z',
    );
    expect(londonInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 0 })?.toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    // 25 October 2026: 01:30 BST (00:30Z), then 01:30 GMT (01:30Z).
    expect(londonInstant({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 })?.toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });

  it('refuses dates and times that do not exist', () => {
    expect(londonInstant({ year: 2026, month: 2, day: 30, hour: 10, minute: 0 })).toBeUndefined();
    expect(londonInstant({ year: 2026, month: 13, day: 1, hour: 10, minute: 0 })).toBeUndefined();
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseTime('half two')).toBeUndefined();
    expect(parseTime('9.05')).toEqual({ hour: 9, minute: 5 });
  });
});
