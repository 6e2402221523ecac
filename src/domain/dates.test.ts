import { describe, expect, it } from 'vitest';
import {
  dateInBanner,
  dateInTable,
  dateInText,
  dateTimeInTable,
  dateTimeInText,
  money,
  parseFhirDate,
  timeOfDay,
} from './dates';

describe('dates and money (en-GB, Europe/London)', () => {
  it('writes text, table and time forms', () => {
    expect(dateInText('2026-12-01')).toBe('1 December 2026');
    expect(dateInTable('2026-12-01')).toBe('1 Dec 2026');
    expect(timeOfDay('2026-12-01T14:05:00Z')).toBe('14:05');
    expect(dateTimeInText('2026-12-01T14:05:00Z')).toBe('1 December 2026, 14:05');
    expect(dateTimeInTable('2026-12-01T14:05:00Z')).toBe('1 Dec 2026 14:05');
  });

  it('uses London time, not the machine’s: British Summer Time moves late UTC evenings to the next day', () => {
    expect(dateTimeInText('2026-06-30T23:30:00Z')).toBe('1 July 2026, 00:30');
    expect(dateInTable('2026-06-30T23:30:00Z')).toBe('1 Jul 2026');
  });

  it('keeps a bare FHIR date on its calendar day all year', () => {
    expect(dateInText('2026-03-29')).toBe('29 March 2026');
    expect(dateInText('2026-10-25')).toBe('25 October 2026');
  });

  it('says what is missing instead of "Invalid Date"', () => {
    expect(parseFhirDate('not a date')).toBeUndefined();
    expect(dateInText(undefined)).toBe('date not recorded');
    expect(dateInTable('nonsense')).toBe('Not recorded');
    expect(dateInText(undefined, 'no date')).toBe('no date');
  });

  it('formats pounds and the banner date', () => {
    expect(money(1411.15)).toBe('£1,411.15');
    expect(money(5644.6)).toBe('£5,644.60');
    expect(dateInBanner('1990-03-02')).toBe('02-Mar-1990');
  });
});
