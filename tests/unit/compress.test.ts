/**
 * Compression of the in-memory tables on the engine the app ships (duckdb-wasm's own build in
 * Node): a plain CHECKPOINT leaves a freshly built table as it was; the statements of
 * src/sql/compress.ts shrink it, also on a sealed database, and the table keeps every row.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compressStatements, COMPRESS_MARKER, memoryQuery } from '../../src/sql/compress.ts';
import { sealStatements } from '../../src/sql/seal.ts';
import { openWasm, type WasmDb } from './wasm-duckdb.ts';

let w: WasmDb;
const bytes = () => Number(w.sql(memoryQuery().sql).rows[0]?.['bytes']);
const summary = () =>
  w.sql(
    'SELECT count(*)::INTEGER AS n, sum(value)::DOUBLE AS s, count(DISTINCT geo_code)::INTEGER AS g FROM t',
  ).rows[0];

beforeAll(async () => {
  w = await openWasm();
  // SYNTHETIC rows, only for this test: long keys and repeated text, as observation has.
  w.sql(`CREATE TABLE t AS SELECT 'synthetic-' || (i // 5000)::VARCHAR AS indicator_id,
    lpad(((i // 5) % 400)::VARCHAR, 4, '0') AS geo_code, (2000 + i % 25)::INTEGER AS period_from,
    (hash(i) % 1000) / 10.0 AS value, 'ok' AS status FROM range(300000) r(i)
    ORDER BY indicator_id, geo_code, period_from`);
  for (const q of sealStatements()) w.sql(q.sql);
});
afterAll(() => w?.conn.close());

it('a plain checkpoint leaves the table uncompressed; the compress statements shrink it to under a quarter', () => {
  const before = bytes();
  const rows = summary();
  w.sql('CHECKPOINT');
  expect(bytes()).toBe(before);
  for (const q of compressStatements()) w.sql(q.sql);
  expect(bytes()).toBeLessThan(before / 4);
  expect(summary()).toEqual(rows);
  // The marker table is gone again.
  expect(
    w.sql(
      `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = '${COMPRESS_MARKER}'`,
    ).rows[0]?.['n'],
  ).toBe(0);
});

it('two compressions whose statements interleave both finish, and leave no marker table', () => {
  const [create, drop, checkpoint] = compressStatements().map((q) => q.sql) as [
    string,
    string,
    string,
  ];
  for (const sql of [create, create, drop, drop, checkpoint, checkpoint]) w.sql(sql);
  expect(
    w.sql(
      `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = '${COMPRESS_MARKER}'`,
    ).rows[0]?.['n'],
  ).toBe(0);
});
