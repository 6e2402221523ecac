import type { LaunchContext } from './launch-context';
import { randomToken } from './store';

/**
 * The launches the launcher created: the app gets only an opaque random id (the `launch`
 * parameter) and the context it stands for stays here, so nothing in it can be read or edited by
 * the client. A launch lasts an hour and may be used for several sign-ins (a reload re-authorises).
 */
export interface LaunchStore {
  /** Stores a context and returns its opaque id. */
  register(context: LaunchContext): string;
  /** The context of a launch id, or undefined when it is unknown or has expired. */
  find(id: string): LaunchContext | undefined;
}

const LIFETIME_MS = 60 * 60 * 1000;

export function createLaunchStore(clock: () => number): LaunchStore {
  const launches = new Map<string, { context: LaunchContext; expiresAt: number }>();
  return {
    register(context): string {
      const now = clock();
      for (const [id, entry] of launches) {
        if (entry.expiresAt < now) {
          launches.delete(id);
        }
      }
      const id = randomToken();
      launches.set(id, { context, expiresAt: now + LIFETIME_MS });
      return id;
    },
    find(id): LaunchContext | undefined {
      const entry = launches.get(id);
      return entry && entry.expiresAt >= clock() ? entry.context : undefined;
    },
  };
}
