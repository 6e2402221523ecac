// Stands in for "use-sync-external-store/shim" inside wouter (vite.config.ts aliases it): React 18+
// has the hook itself, so the shim's fallback for older React is dead weight in the first screen.
export { useSyncExternalStore } from 'react';
