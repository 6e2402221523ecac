/** A command-line option that must be a whole number (0 or more); undefined when it was not given. */
export function wholeNumberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`${name} must be a whole number, got ${value}`);
  }
  return n;
}
