import { useEffect, useState } from 'react';
import type { Connector } from '../db/connector.ts';
import { useCoordinator, useDataVersion } from '../db/DbContext.ts';

/** A loader's state: what the UI shows and browser tests wait on. */
export type Load<T> =
  | { status: 'loading'; data: T | null }
  | { status: 'ready'; data: T }
  | { status: 'error'; data: T | null; error: string };

/**
 * Runs a view's loader through the coordinator whenever `key` (the view state) or the data change.
 * A result that arrives after a newer request started is dropped; the last data stays on screen
 * while the next loads.
 */
export function useLoad<T>(load: (db: Connector) => Promise<T>, key: string): Load<T> {
  const db = useCoordinator();
  const version = useDataVersion();
  const [state, setState] = useState<Load<T>>({ status: 'loading', data: null });
  useEffect(() => {
    let current = true;
    setState((s) => ({ status: 'loading', data: s.data }));
    load(db).then(
      (data) => current && setState({ status: 'ready', data }),
      (e: unknown) =>
        current &&
        setState((s) => ({
          status: 'error',
          data: s.data,
          error: e instanceof Error ? e.message : String(e),
        })),
    );
    return () => {
      current = false;
    };
    // `key` stands for the loader's inputs; the loader closure itself changes every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, key, version]);
  return state;
}
