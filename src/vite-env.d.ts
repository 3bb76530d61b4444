/// <reference types="vite/client" />

declare module 'virtual:oversikt-snapshot' {
  import type { PackedSnapshot } from './db/place-snapshot.ts';
  /** Query results recorded at build time for the start view (see scripts/build-snapshot.ts). */
  const snapshot: PackedSnapshot;
  export default snapshot;
  /** The snapshot files a link to each place fetches, by place code (src/db/place-snapshot.ts). */
  export const placeSnapshots: Partial<Record<string, string[]>>;
}
