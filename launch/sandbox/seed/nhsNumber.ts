/**
 * NHS number arithmetic (pure). An NHS number is ten digits; the tenth is a modulus-11 check
 * digit over the first nine, weighted 10 down to 2. A remainder giving check value 11 means 0;
 * a check value of 10 means the nine-digit stem cannot form a valid NHS number.
 * Synthetic data uses the test range 999 000 0000 – 999 999 9999, never issued to people.
 */

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** The check digit for a nine-digit stem, or null when the stem cannot be valid (check value 10). */
export function nhsCheckDigit(stem: string): number | null {
  if (!/^\d{9}$/.test(stem)) {
    throw new RangeError('An NHS number stem is exactly nine digits');
  }
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(stem.charAt(i)), 0);
  const check = 11 - (sum % 11);
  if (check === 11) {
    return 0;
  }
  if (check === 10) {
    return null;
  }
  return check;
}

/** Removes the spaces of the 3-3-4 display form; anything else is left for validation to reject. */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/ /g, '');
}

/** True when `value` (ten digits, optionally spaced 3-3-4) carries a correct check digit. */
export function isValidNhsNumber(value: string): boolean {
  const digits = normaliseNhsNumber(value);
  if (!/^\d{10}$/.test(digits)) {
    return false;
  }
  const check = nhsCheckDigit(digits.slice(0, 9));
  return check !== null && check === Number(digits.charAt(9));
}

/** True when `value` is a valid NHS number in the 999 test range. */
export function isTestNhsNumber(value: string): boolean {
  return isValidNhsNumber(value) && normaliseNhsNumber(value).startsWith('999');
}

/** The 3-3-4 display form ("999 123 4564"); throws on anything but ten digits. */
export function formatNhsNumber(value: string): string {
  const digits = normaliseNhsNumber(value);
  if (!/^\d{10}$/.test(digits)) {
    throw new RangeError('An NHS number is exactly ten digits');
  }
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/**
 * The first valid test-range NHS number at or after the stem 999 + six digits of `serial`
 * (0 – 999999). Stems whose check value would be 10 are skipped; null if the range runs out.
 */
export function testNhsNumber(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 0 || serial > 999_999) {
    throw new RangeError('serial must be an integer from 0 to 999999');
  }
  for (let s = serial; s <= 999_999; s++) {
    const stem = `999${String(s).padStart(6, '0')}`;
    const check = nhsCheckDigit(stem);
    if (check !== null) {
      return `${stem}${check}`;
    }
  }
  return null;
}
