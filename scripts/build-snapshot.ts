/**
 * Records the query results the start view needs, so the first chart draws before DuckDB-wasm
 * has started. It runs the view's own loader against DuckDB for Node on the same Parquet files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { rawRow } from '../src/arrow/decode.ts';
import type { ResultRow } from '../src/arrow/to-rows.ts';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connector } from '../src/db/connector.ts';
import type { Snapshot } from '../src/db/coordinator.ts';
import { decodeRows, queryKey, type Query } from '../src/sql/query.ts';
import { DEFAULT_TRENDER, loadTrender, trenderStateFrom } from '../src/queries/trender.ts';
import { indicatorsForPlace, pickerPlaces, placesWithPlans } from '../src/sql/catalog.ts';
import type { PlaceRow } from '../src/sql/rows.ts';
import { NORWAY } from '../src/domain/contract.ts';
import {
  PLACE_SNAPSHOT_DIR,
  placeSnapshotFile,
  sharedSnapshotFile,
  snapshotJson,
} from '../src/db/place-snapshot.ts';
import { loadPlaceCoverage } from '../src/queries/place-coverage.ts';
import { DEFAULT_GEO } from '../src/queries/defaults.ts';
import { NodeConnector } from '../pipelines/lib/node-connector.ts';

/**
 * A connector that remembers every query it answered. Recorders that share `memo` run a query
 * once between them (the data does not change while the build records).
 */
class Recorder implements Connector {
  readonly recorded: Snapshot = {};
  constructor(
    private readonly inner: Connector,
    private readonly memo = new Map<string, Promise<ResultRow[]>>(),
  ) {}
  async query<R>(q: Query<R>): Promise<R[]> {
    const key = queryKey(q);
    let rows = this.memo.get(key);
    if (!rows) {
      // Record the raw rows: the app decodes them with the same query's decoder.
      rows = this.inner.query({ sql: q.sql, params: q.params, decode: rawRow });
      this.memo.set(key, rows);
    }
    this.recorded[key] = await rows;
    return decodeRows(q, this.recorded[key]);
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

/** The place snapshot files and which of them a link to each place fetches. */
export interface PlaceSnapshotFiles {
  /** Each file's queries, by file name. */
  files: Record<string, Snapshot>;
  /** The files a link to a place fetches, by place code (its own, then its county's shared one). */
  places: Record<string, string[]>;
}

/** The group whose shared file a place reads: a municipality's county; else Norway's. */
const groupOf = (p: PlaceRow) =>
  p.level === 'municipality' && p.parent_code ? p.parent_code : NORWAY;

/**
 * Snapshots for every place of the picker, fetched at start when a link opens on that place (see
 * src/db/coordinator.ts `addSnapshotPart`): its Trender and Trender for each of its indicators
 * alone (a link to one chart), and for a place with a plan its Oversikt, less what the start
 * snapshot already holds. A query
 * that two places or more ask (the county's and Norway's series, the sources) goes once into the
 * shared file of each county with such a place, and only the rest into the place's own file.
 * `only` limits it to some places (for tests). Each connector records one place at a time.
 */
export async function buildPlaceSnapshots(
  dbs: readonly Connector[],
  start: Snapshot,
  only?: readonly string[],
): Promise<PlaceSnapshotFiles> {
  const db = dbs[0]!;
  const places = (await db.query(pickerPlaces())).filter((p) => !only || only.includes(p.code));
  const withPlans = new Set((await db.query(placesWithPlans())).map((p) => p.code));
  const recorded = new Map<string, Snapshot>();
  const memo = new Map<string, Promise<ResultRow[]>>();
  // Each connector records the next place not yet taken (DuckDB runs one query per connection).
  let next = 0;
  const work = async (db: Connector) => {
    for (let i = next++; i < places.length; i = next++) await record(db, places[i]!.code);
  };
  const record = async (db: Connector, geo: string) => {
    const rec = new Recorder(db, memo);
    // Oversikt only where a plan is: its figures carry their sources' citations, 0.1–1 MB a place.
    if (withPlans.has(geo))
      await loadPlaceCoverage(rec, { geo, year: null, reference: 'country', filters: {} });
    await loadTrender(rec, { ...DEFAULT_TRENDER, geo });
    for (const i of await rec.query(indicatorsForPlace(geo)))
      await loadTrender(rec, trenderStateFrom({ geo, ind: i.id }, null));
    recorded.set(
      geo,
      Object.fromEntries(Object.entries(rec.recorded).filter(([k]) => !(k in start))),
    );
  };
  await Promise.all(dbs.map(work));
  const askers = new Map<string, number>();
  for (const snap of recorded.values())
    for (const k of Object.keys(snap)) askers.set(k, (askers.get(k) ?? 0) + 1);
  const files: Record<string, Snapshot> = {};
  const byPlace: Record<string, string[]> = {};
  for (const p of places) {
    const own: Snapshot = {};
    const shared = sharedSnapshotFile(groupOf(p));
    const group = (files[shared] ??= {});
    for (const [k, rows] of Object.entries(recorded.get(p.code)!))
      if ((askers.get(k) ?? 0) > 1) group[k] = rows;
      else own[k] = rows;
    const file = placeSnapshotFile(p.code);
    files[file] = own;
    byPlace[p.code] = [file, shared];
  }
  return { files, places: byPlace };
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
  const t0 = performance.now();
  const more = await Promise.all(
    Array.from({ length: Math.max(0, availableParallelism() - 1) }, () =>
      NodeConnector.open(join(root, 'data')),
    ),
  );
  const { files, places } = await buildPlaceSnapshots([db, ...more], snap);
  for (const c of [db, ...more]) c.close();
  const dir = join(root, 'public', PLACE_SNAPSHOT_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [file, part] of Object.entries(files)) {
    const text = snapshotJson(part);
    bytes += text.length;
    writeFileSync(join(dir, file), text);
  }
  const sorted = Object.fromEntries(
    Object.keys(places)
      .sort()
      .map((g) => [g, places[g]]),
  );
  writeFileSync(join(root, 'src/generated/place-snapshots.json'), JSON.stringify(sorted));
  console.log(
    `Place snapshots: ${Object.keys(places).length} places, ${Object.keys(files).length} files, ` +
      `${bytes} bytes, ${Math.round(performance.now() - t0)} ms`,
  );
}
