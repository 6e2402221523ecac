import { describe, expect, it } from 'vitest';
import { dateInText } from './dates';
import { datePartsOf, daysAfter, londonDay, parseDateParts } from './dateInput';

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

describe('the day in the UK', () => {
  it('is London’s calendar day, in summer time and in winter', () => {
    expect(londonDay(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDay(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
