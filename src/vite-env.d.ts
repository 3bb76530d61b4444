/// <reference types="vite/client" />

declare module 'virtual:oversikt-snapshot' {
  import type { Snapshot } from './db/coordinator.ts';
  /** Query results recorded at build time for the start view (see scripts/build-snapshot.ts). */
  const snapshot: Snapshot;
  export default snapshot;
  /** The places with a snapshot file of their own (src/db/place-snapshot.ts). */
  export const placeSnapshots: string[];
}
