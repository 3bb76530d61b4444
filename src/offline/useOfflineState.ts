import { useSyncExternalStore } from 'react';
import { getOfflineState, subscribeOffline, type OfflineState } from './offline-status.ts';

/** Whether the app is available offline, re-rendering when that changes. */
export function useOfflineState(): OfflineState {
  return useSyncExternalStore(subscribeOffline, getOfflineState, () => 'unsupported' as const);
}
