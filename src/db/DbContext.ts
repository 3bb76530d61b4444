import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Coordinator, DbStatus } from './coordinator.ts';

export const DbContext = createContext<Coordinator | null>(null);

/** The app's query coordinator. */
export function useCoordinator(): Coordinator {
  const c = useContext(DbContext);
  if (!c) throw new Error('useCoordinator: no DbContext provider');
  return c;
}

/** The database status, re-rendering when it changes. */
export function useDbStatus(): DbStatus {
  const c = useCoordinator();
  return useSyncExternalStore(
    (fn) => c.subscribe(fn),
    () => c.getStatus(),
  );
}

/** Bumps when data changes (imports, edits), so loaders run again. */
export function useDataVersion(): number {
  const c = useCoordinator();
  return useSyncExternalStore(
    (fn) => c.subscribe(fn),
    () => c.version,
  );
}
