/**
 * The native half of `npm run bench`: the same SYNTHETIC table and the same timed queries as
 * bench.html, in DuckDB for Node with one thread (DuckDB-wasm runs on one), in the same run, so
 * the bench can print the ratio. Prints numbers; asserts nothing.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { aggregateQuery, filterQueries, median, placesQuery } from '../src/bench/queries.ts';
import { syntheticObservationSql } from '../src/bench/synthetic.ts';
import { compressStatements, memoryQuery } from '../src/sql/compress.ts';
import type { Query } from '../src/sql/query.ts';

async function timedRows(conn: DuckDBConnection, q: Query<unknown>): Promise<number> {
  const t0 = performance.now();
  const r = await conn.runAndReadAll(q.sql, q.params as (string | number | null)[]);
  const ms = performance.now() - t0;
  if (r.currentRowCount === 0) throw new Error(`a timed query returned no rows: ${q.sql}`);
  return ms;
}

export interface NativeFigures {
  rows: number;
  memoryMB: number;
  mbPerMillionRows: number;
  filterMedianMs: number;
  aggregateMedianMs: number;
}

/** Times the bench's queries in DuckDB for Node at each size, on `geo` from the repository's data/. */
export async function nativeBench(root: string, sizes: number[]): Promise<NativeFigures[]> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await db.connect();
  const geo = join(root, 'data', 'geo.parquet').replaceAll("'", "''");
  await conn.run(`CREATE TABLE geo AS SELECT * FROM read_parquet('${geo}')`);
  const places = (await conn.runAndReadAll(placesQuery.sql))
    .getRowObjectsJson()
    .map((r) => String(r['code']));
  const out: NativeFigures[] = [];
  try {
    for (const n of sizes) {
      for (const sql of syntheticObservationSql(n)) await conn.run(sql);
      for (const q of compressStatements()) await conn.run(q.sql);
      const mb =
        Number((await conn.runAndReadAll(memoryQuery().sql)).getRowObjectsJson()[0]?.['bytes']) /
        1e6;
      const filter: number[] = [];
      for (const q of filterQueries(n, places)) filter.push(await timedRows(conn, q));
      const agg: number[] = [];
      for (let k = 0; k < 3; k++) agg.push(await timedRows(conn, aggregateQuery));
      out.push({
        rows: n,
        memoryMB: Math.round(mb),
        mbPerMillionRows: +(mb / (n / 1e6)).toFixed(1),
        filterMedianMs: +median(filter).toFixed(1),
        aggregateMedianMs: Math.round(median(agg)),
      });
    }
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  return out;
}
