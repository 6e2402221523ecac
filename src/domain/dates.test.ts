import { describe, expect, it } from 'vitest';
import {
  compareTimes,
  dateInBanner,
  dateInTable,
  dateInText,
  dateTimeInTable,
  dateTimeInText,
  latestTime,
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

  it('writes what Intl writes with its Europe/London data, every 30 minutes around each clock change from 1996 to 2100', () => {
    const intl = {
      text: new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/London',
      }),
      table: new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'Europe/London',
      }),
      time: new Intl.DateTimeFormat('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'Europe/London',
      }),
    };
    const mismatches: string[] = [];
    let checked = 0;
    const check = (t: number): void => {
      const d = new Date(t);
      const ours = [dateInText(d), dateInTable(d), timeOfDay(d)];
      const theirs = [intl.text.format(d), intl.table.format(d), intl.time.format(d)];
      checked++;
      if (ours.join(' | ') !== theirs.join(' | ')) {
        mismatches.push(`${d.toISOString()}: ${ours.join(' | ')} ≠ ${theirs.join(' | ')}`);
      }
    };
    for (let year = 1996; year <= 2100; year++) {
      // Each day of March and October's last week, every 30 minutes from 22:00 to 03:00 UTC (both changes, and both midnights).
      for (const month of [2, 9]) {
        for (let day = 24; day <= 31; day++) {
          for (let minutes = -120; minutes <= 180; minutes += 30) {
            check(Date.UTC(year, month, day) + minutes * 60_000);
          }
        }
      }
      // And late evening UTC on the 15th of every month (British Summer Time moves it to the next day).
      for (let month = 0; month < 12; month++) {
        check(Date.UTC(year, month, 15, 23, 30));
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(checked).toBe(105 * (2 * 8 * 11 + 12));
  });

  it('leaves instants before 1996, when the UK rule was different, to Intl', () => {
    // 1995: summer time ended on 22 October (the fourth Sunday), not the last.
    expect(dateTimeInTable('1995-10-22T23:30:00Z')).toBe('22 Oct 1995 23:30');
    expect(dateTimeInTable('1995-10-21T23:30:00Z')).toBe('22 Oct 1995 00:30');
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
    expect(dateTimeInTable(new Date(Number.NaN))).toBe('Not recorded');
  });

  it('formats pounds and the banner date', () => {
    expect(money(1411.15)).toBe('£1,411.15');
    expect(money(5644.6)).toBe('£5,644.60');
    expect(dateInBanner('1990-03-02')).toBe('02-Mar-1990');
  });

  it('orders FHIR times by the moment they name, offsets included, where their text would not', () => {
    // 01:30 in summer time is 00:30 UTC: before 01:10 UTC, though its text sorts after.
    const summer: string = '2026-10-25T01:30:00+01:00';
    const utc: string = '2026-10-25T01:10:00Z';
    expect([utc, summer].sort()).toEqual([utc, summer]);
    expect([utc, summer].sort(compareTimes)).toEqual([summer, utc]);
    expect(compareTimes('2026-12-01T10:00:00Z', '2026-12-01T10:00:00.000+00:00')).toBe(0);
    expect(compareTimes('2026-11-30', '2026-12-01T09:00:00Z')).toBeLessThan(0);
    expect(latestTime([utc, undefined, summer, 'nonsense'])).toBe(utc);
    expect(latestTime([undefined, 'nonsense'])).toBeUndefined();
  });

  it('puts missing or unreadable times first, or last when asked', () => {
    // In objects, as the screens sort them (Array sort moves bare undefined to the end by itself).
    const notes = ['2026-12-02', undefined, '2026-12-01', 'soon'].map((sent) => ({ sent }));
    const order = (missing: 'first' | 'last'): (string | undefined)[] =>
      [...notes].sort((a, b) => compareTimes(a.sent, b.sent, missing)).map((n) => n.sent);
    expect(order('first')).toEqual([undefined, 'soon', '2026-12-01', '2026-12-02']);
    expect(order('last')).toEqual(['2026-12-01', '2026-12-02', undefined, 'soon']);
  });
});
