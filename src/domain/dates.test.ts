import { describe, expect, it } from 'vitest';
import {
  dateInBanner,
  datePartsOf,
  daysAfter,
  parseDateParts,
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

describe('the NHS date input (day, month, year) read as a FHIR date', () => {
  it('reads a real date, padding single digits', () => {
    expect(parseDateParts({ day: '1', month: '2', year: '2027' })).toEqual({ kind: 'date', value: '2027-02-01' });
    expect(parseDateParts({ day: ' 29 ', month: '02', year: '2028' })).toEqual({ kind: 'date', value: '2028-02-29' });
  });

  it('is empty when nothing is typed (an optional date left blank)', () => {
    expect(parseDateParts({ day: '', month: ' ', year: '' })).toEqual({ kind: 'empty' });
  });

  it('says which part is missing, and marks only that field', () => {
    expect(parseDateParts({ day: '3', month: '', year: '2027' }, 'The deadline')).toEqual({
      kind: 'invalid',
      message: 'The deadline must include a month',
      fields: ['month'],
    });
    expect(parseDateParts({ day: '3', month: '', year: '' })).toMatchObject({
      message: 'Date must include a month and a year',
      fields: ['month', 'year'],
    });
  });

  it('refuses a date that does not exist, a month past 12, words and a short year', () => {
    expect(parseDateParts({ day: '29', month: '2', year: '2027' })).toMatchObject({
      kind: 'invalid',
      message: 'Date must be a real date',
      fields: ['day'],
    });
    expect(parseDateParts({ day: '31', month: '13', year: '2027' })).toMatchObject({ fields: ['month'] });
    expect(parseDateParts({ day: 'one', month: 'May', year: '2027' })).toMatchObject({ fields: ['day', 'month'] });
    expect(parseDateParts({ day: '1', month: '5', year: '27' })).toMatchObject({
      message: 'Year must include 4 numbers',
      fields: ['year'],
    });
  });

  it('shows a saved FHIR date back in the three fields', () => {
    expect(datePartsOf('2027-02-01')).toEqual({ day: '1', month: '2', year: '2027' });
    expect(datePartsOf(undefined)).toEqual({ day: '', month: '', year: '' });
  });
});

describe('the target date', () => {
  it('is that many days later, shown as a UK date (across the clocks going back)', () => {
    expect(dateInText(daysAfter('2026-10-20T23:30:00Z', 7))).toBe('28 October 2026');
    expect(dateInText(daysAfter('2026-12-01', 7))).toBe('8 December 2026');
    expect(daysAfter(undefined, 7)).toBeUndefined();
  });
});
