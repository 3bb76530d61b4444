/**
 * Records the query results the start view needs, so the first chart draws before DuckDB-wasm
 * has started. It runs the view's own loader against DuckDB for Node on the same Parquet files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { rawRow } from '../src/arrow/decode.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connector } from '../src/db/connector.ts';
import type { Snapshot } from '../src/db/coordinator.ts';
import { decodeRows, queryKey, type Query } from '../src/sql/query.ts';
import { DEFAULT_TRENDER, loadTrender, trenderStateFrom } from '../src/queries/trender.ts';
import { indicatorsForPlace, placesWithPlans } from '../src/sql/catalog.ts';
import { PLACE_SNAPSHOT_DIR, placeSnapshotFile, snapshotJson } from '../src/db/place-snapshot.ts';
import { loadPlaceCoverage } from '../src/queries/place-coverage.ts';
import { DEFAULT_GEO } from '../src/queries/defaults.ts';
import { NodeConnector } from '../pipelines/lib/node-connector.ts';

/** A connector that remembers every query it answered. */
class Recorder implements Connector {
  readonly recorded: Snapshot = {};
  constructor(private readonly inner: Connector) {}
  async query<R>(q: Query<R>): Promise<R[]> {
    // Record the raw rows: the app decodes them with the same query's decoder.
    const rows = await this.inner.query({ sql: q.sql, params: q.params, decode: rawRow });
    this.recorded[queryKey(q)] = rows;
    return decodeRows(q, rows);
  }
}

/** Runs the start view's loader and returns the recorded results. */
export async function buildSnapshot(db: Connector): Promise<Snapshot> {
  const rec = new Recorder(db);
  // The start view (Oversikt) and Trender as a bare link opens them.
  await loadPlaceCoverage(rec, {
    geo: DEFAULT_GEO,
    year: null,
    reference: 'country',
    filters: {},
  });
  await loadTrender(rec, DEFAULT_TRENDER);
  return rec.recorded;
}

/**
 * One snapshot per place with a plan, fetched at start when a link opens on that place (see
 * src/db/coordinator.ts `addSnapshotPart`): its Oversikt, its Trender and Trender for each of its
 * indicators alone (a link to one chart), less what the start snapshot already holds.
 */
export async function buildPlaceSnapshots(
  db: Connector,
  start: Snapshot,
): Promise<Record<string, Snapshot>> {
  const out: Record<string, Snapshot> = {};
  for (const { code: geo } of await db.query(placesWithPlans())) {
    const rec = new Recorder(db);
    await loadPlaceCoverage(rec, { geo, year: null, reference: 'country', filters: {} });
    await loadTrender(rec, { ...DEFAULT_TRENDER, geo });
    for (const i of await rec.query(indicatorsForPlace(geo)))
      await loadTrender(rec, trenderStateFrom({ geo, ind: i.id }, null));
    out[geo] = Object.fromEntries(Object.entries(rec.recorded).filter(([k]) => !(k in start)));
  }
  return out;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // One DuckDB for Node over data/ for both (opening it loads and codes every table).
  const db = await NodeConnector.open(join(root, 'data'));
  const snap = await buildSnapshot(db);
  mkdirSync(join(root, 'src/generated'), { recursive: true });
  const json = snapshotJson(snap);
  writeFileSync(join(root, 'src/generated/snapshot.json'), json);
  console.log(`Snapshot: ${Object.keys(snap).length} queries, ${json.length} bytes`);
  const parts = await buildPlaceSnapshots(db, snap);
  db.close();
  const dir = join(root, 'public', PLACE_SNAPSHOT_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [geo, part] of Object.entries(parts)) {
    const text = snapshotJson(part);
    bytes += text.length;
    writeFileSync(join(dir, placeSnapshotFile(geo)), text);
  }
  writeFileSync(
    join(root, 'src/generated/place-snapshots.json'),
    JSON.stringify(Object.keys(parts).sort()),
  );
  console.log(`Place snapshots: ${Object.keys(parts).length} places, ${bytes} bytes`);
}
