/**
 * The per-place snapshots (scripts/build-snapshot.ts writes them, one JSON file per place with a
 * plan, beside the data): a link that opens on such a place draws from its file while DuckDB-wasm
 * starts, as the start view draws from the snapshot in the bundle.
 */
import type { Snapshot } from './coordinator.ts';

/** The folder of the files, under the site's root (and under public/ in the repository). */
export const PLACE_SNAPSHOT_DIR = 'generated/snapshot';

/**
 * A snapshot as the build writes it: the queries in key order, so two builds of the same data
 * write the same bytes (the loaders run queries in parallel, and they are recorded in the order
 * they finish).
 */
export function snapshotJson(snapshot: Snapshot): string {
  const keys = Object.keys(snapshot).sort();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, snapshot[k]])));
}

/** The file name of a place's snapshot. */
export const placeSnapshotFile = (geo: string) => `${encodeURIComponent(geo)}.json`;

/** The place a link opens on: its `geo` parameter, else the place remembered in this browser. */
export function linkedPlace(hash: string, remembered: string | null): string | null {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('geo') || remembered;
}

/**
 * Fetches a place's snapshot; an empty one when it cannot be had (the queries then wait for
 * DuckDB, as without it). Never rejects.
 */
export async function fetchPlaceSnapshot(base: URL, geo: string): Promise<Snapshot> {
  try {
    const res = await fetch(new URL(`${PLACE_SNAPSHOT_DIR}/${placeSnapshotFile(geo)}`, base));
    return res.ok ? ((await res.json()) as Snapshot) : {};
  } catch {
    return {};
  }
}
