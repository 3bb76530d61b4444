/**
 * Records the query results the start view needs, so the first chart draws before DuckDB-wasm
 * has started. It runs the view's own loader against DuckDB for Node on the same Parquet files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { rawRow } from '../src/arrow/decode.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connector } from '../src/db/connector.ts';
import type { Snapshot } from '../src/db/coordinator.ts';
import { decodeRows, queryKey, type Query } from '../src/sql/query.ts';
import { DEFAULT_TRENDER, loadTrender } from '../src/queries/trender.ts';
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
export async function buildSnapshot(dataDir: string): Promise<Snapshot> {
  const db = await NodeConnector.open(dataDir);
  try {
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
  } finally {
    db.close();
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const snap = await buildSnapshot(join(root, 'data'));
  mkdirSync(join(root, 'src/generated'), { recursive: true });
  const json = JSON.stringify(snap);
  writeFileSync(join(root, 'src/generated/snapshot.json'), json);
  console.log(`Snapshot: ${Object.keys(snap).length} queries, ${json.length} bytes`);
}
