import { describe, expect, it } from 'vitest';
import {
  formatNhsNumber,
  isTestNhsNumber,
  isValidNhsNumber,
  nhsCheckDigit,
  normaliseNhsNumber,
  testNhsNumber,
} from './nhsNumber';

describe('nhsCheckDigit', () => {
  it('computes the modulus-11 check digit (published example 943 476 5919)', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
  });

  it('maps check value 11 to 0', () => {
    // 999000005: sum 243 + 10 = 253 = 11 * 23, remainder 0, check value 11 -> 0
    expect(nhsCheckDigit('999000005')).toBe(0);
  });

  it('returns null when the check value would be 10 (stem cannot be valid)', () => {
    expect(nhsCheckDigit('999000000')).toBeNull();
    expect(nhsCheckDigit('999123456')).toBeNull();
  });

  it('rejects stems that are not nine digits', () => {
    expect(() => nhsCheckDigit('99900000')).toThrow(RangeError);
    expect(() => nhsCheckDigit('99900000a')).toThrow(RangeError);
  });
});

describe('isValidNhsNumber', () => {
  it('accepts correct numbers, plain or spaced 3-3-4', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('999 000 0018')).toBe(true);
  });

  it('rejects a wrong check digit, wrong length and non-digits', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('943-476-5919')).toBe(false);
    expect(isValidNhsNumber('')).toBe(false);
  });

  it('rejects every completion of a stem whose check value is 10', () => {
    for (let d = 0; d <= 9; d++) {
      expect(isValidNhsNumber(`999000000${d}`)).toBe(false);
    }
  });
});

describe('isTestNhsNumber', () => {
  it('accepts only valid numbers in the 999 range', () => {
    expect(isTestNhsNumber('9990000018')).toBe(true);
    expect(isTestNhsNumber('9434765919')).toBe(false);
    expect(isTestNhsNumber('9990000019')).toBe(false);
  });
});

describe('formatNhsNumber / normaliseNhsNumber', () => {
  it('formats 3-3-4 and round-trips', () => {
    expect(formatNhsNumber('9990000018')).toBe('999 000 0018');
    expect(normaliseNhsNumber('999 000 0018')).toBe('9990000018');
  });

  it('refuses to format anything but ten digits', () => {
    expect(() => formatNhsNumber('12345')).toThrow(RangeError);
  });
});

describe('testNhsNumber', () => {
  it('gives the first valid number from a serial, skipping invalid stems', () => {
    expect(testNhsNumber(1)).toBe('9990000018');
    expect(testNhsNumber(0)).toBe('9990000018');
    expect(testNhsNumber(123456)).toBe('9991234578');
  });

  it('always yields valid test-range numbers', () => {
    for (let serial = 0; serial < 500; serial++) {
      const n = testNhsNumber(serial);
      expect(n).not.toBeNull();
      expect(isTestNhsNumber(n ?? '')).toBe(true);
    }
  });

  it('rejects serials outside 0 – 999999', () => {
    expect(() => testNhsNumber(-1)).toThrow(RangeError);
    expect(() => testNhsNumber(1_000_000)).toThrow(RangeError);
    expect(() => testNhsNumber(1.5)).toThrow(RangeError);
  });
});
