import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache of server state. Behaviour made explicit rather than left to library defaults:
 * - never retried by itself (a failure shows its plain message and a "Try again" the person
 *   presses; a 4xx would fail the same way again, and a retried 5xx would hide the problem);
 * - an error is not re-requested because a screen mounts again (retryOnMount: false);
 * - no refetch on window focus or reconnect: what changes the record invalidates what it changed;
 * - other people change the same records (the adviser, the referrer), so a screen that mounts
 *   shows what is cached at once and reads it again in the background (staleTime 0); queries
 *   that are loaded ahead of their screen say how long they stay fresh themselves.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        retryOnMount: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 0,
      },
      mutations: { retry: false },
    },
  });
}
