import type { Bundle } from 'fhir/r4';

/**
 * Searches started by src/app/boot.ts the moment the token arrives, before the screen that reads them
 * (and its code) is there. The screen's query adopts the one under its key once, so nothing is
 * asked twice; a later read goes to the server as usual.
 */
const early = new Map<string, Promise<Bundle>>();

export function startEarly(key: readonly unknown[], request: () => Promise<Bundle>): void {
  const pending = request();
  pending.catch(() => undefined); // the screen that adopts it shows any failure
  early.set(JSON.stringify(key), pending);
}

export function takeEarly(key: readonly unknown[]): Promise<Bundle> | undefined {
  const id = JSON.stringify(key);
  const pending = early.get(id);
  early.delete(id);
  return pending;
}
