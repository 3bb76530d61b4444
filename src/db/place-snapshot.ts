/**
 * The per-place snapshots (scripts/build-snapshot.ts writes them beside the data): a link that
 * opens on a place draws from the place's file and its county's shared file while DuckDB-wasm
 * starts, as the start view draws from the snapshot in the bundle.
 */
import type { ResultRow } from '../arrow/to-rows.ts';
import type { Cell } from '../domain/contract.ts';
import type { Snapshot } from './coordinator.ts';

/**
 * A snapshot as the files hold it: per query, its column names once and each row as an array of
 * values in that order (half the bytes of a row object per row).
 */
export type PackedSnapshot = Record<string, { columns: string[]; rows: Cell[][] }>;

/** The folder of the files, under the site's root (and under public/ in the repository). */
export const PLACE_SNAPSHOT_DIR = 'generated/snapshot';

/**
 * A snapshot as the build writes it: the queries in key order, so two builds of the same data
 * write the same bytes (the loaders run queries in parallel, and they are recorded in the order
 * they finish).
 */
export function snapshotJson(snapshot: Snapshot): string {
  const keys = Object.keys(snapshot).sort();
  const packed: PackedSnapshot = {};
  for (const k of keys) {
    const rows = snapshot[k]!;
    const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
    packed[k] = { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
  }
  return JSON.stringify(packed);
}

/** A snapshot from what `snapshotJson` wrote. */
export function unpackSnapshot(packed: PackedSnapshot): Snapshot {
  const out: Snapshot = {};
  for (const [k, { columns, rows }] of Object.entries(packed))
    out[k] = rows.map((values) => {
      const row: ResultRow = {};
      columns.forEach((c, i) => (row[c] = values[i] ?? null));
      return row;
    });
  return out;
}

/** The file name of a place's snapshot. */
export const placeSnapshotFile = (geo: string) => `${encodeURIComponent(geo)}.json`;

/** The file name of the snapshot the places of one county (or the counties of Norway) share. */
export const sharedSnapshotFile = (group: string) => `shared-${encodeURIComponent(group)}.json`;

/** The place a link opens on: its `geo` parameter, else the place remembered in this browser. */
export function linkedPlace(hash: string, remembered: string | null): string | null {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('geo') || remembered;
}

/**
 * Fetches one snapshot file (a place's, or the one its county shares); an empty snapshot when it cannot be had (the queries then wait for
 * DuckDB, as without it). Never rejects.
 */
export async function fetchSnapshotFile(base: URL, file: string): Promise<Snapshot> {
  try {
    const res = await fetch(new URL(`${PLACE_SNAPSHOT_DIR}/${file}`, base));
    return res.ok ? unpackSnapshot((await res.json()) as PackedSnapshot) : {};
  } catch {
    return {};
  }
}
