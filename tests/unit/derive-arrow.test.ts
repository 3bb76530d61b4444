/**
 * The build's Arrow files (scripts/derive-arrow.ts), loaded as the browser loads them
 * (src/db/wasm.ts: the empty coded tables, then each file appended or created) on the engine the
 * app ships (duckdb-wasm's own build in Node): `observation` reads back exactly the contract's
 * Parquet file, and the coded rows are stored in key order, so the browser neither codes nor sorts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deriveArrow } from '../../scripts/derive-arrow.ts';
import { openDuckDb } from '../../pipelines/lib/parquet.ts';
import { toCell } from '../../src/arrow/to-rows.ts';
import { OBSERVATION_KEY } from '../../src/domain/contract.ts';
import {
  CODED_FILES,
  codedKeyOrder,
  createCodedObservation,
  OBSERVATION_CODED,
} from '../../src/sql/coded.ts';
import { quoteLiteral } from '../../src/sql/quote.ts';
import { openWasm, type WasmDb } from './wasm-duckdb.ts';

const DATA = resolve(import.meta.dirname, '../../data');
let out: string;
let w: WasmDb;
let files: { table: string; file: string }[];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'oversikt-arrow-'));
  await deriveArrow(DATA, out);
  files = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { arrow: typeof files })
    .arrow;
  w = await openWasm();
  for (const q of createCodedObservation()) w.sql(q.sql);
  for (const f of files)
    w.conn.insertArrowFromIPCStream(readFileSync(join(out, f.file)), {
      name: f.table,
      create: !CODED_FILES.includes(f.table),
    });
}, 60_000);
afterAll(() => {
  w?.conn.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

it('writes the observation as its code tables and coded rows, no text-keyed copy', () => {
  expect(files.map((f) => f.table)).toEqual(expect.arrayContaining(CODED_FILES));
  expect(files.some((f) => f.table === 'observation')).toBe(false);
});

it('the observation view over the loaded files holds exactly the rows of observation.parquet', async () => {
  const order = `ORDER BY ${OBSERVATION_KEY.join(', ')}, source_id`;
  const loaded = w.sql(`SELECT * FROM observation ${order}`).rows;
  const conn = await openDuckDb();
  try {
    const parquet = (
      await conn.runAndReadAll(
        `SELECT * FROM read_parquet(${quoteLiteral(join(DATA, 'observation.parquet'))}) ${order}`,
      )
    )
      .getRowObjectsJS()
      .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toCell(v)])));
    expect(loaded.length).toBeGreaterThan(1000);
    expect(loaded.length).toBe(parquet.length);
    expect(loaded).toEqual(parquet);
  } finally {
    conn.closeSync();
  }
});

it('stores the coded rows in key order', () => {
  const keys = codedKeyOrder(
    (_, key) => key,
    (k) => k,
  );
  const row = w.sql(
    `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE pos <> rn)::INTEGER AS out_of_order
FROM (SELECT rowid AS pos, row_number() OVER (ORDER BY ${keys}, rowid) - 1 AS rn FROM ${OBSERVATION_CODED})`,
  ).rows[0];
  expect(row?.['n']).toBeGreaterThan(1000);
  expect(row?.['out_of_order']).toBe(0);
});
