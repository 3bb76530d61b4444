/**
 * Compression of the in-memory tables. DuckDB keeps an in-memory table uncompressed until a
 * checkpoint, and in DuckDB 1.4 (duckdb-wasm 1.32) a plain CHECKPOINT after CREATE TABLE AS or
 * inserts does nothing: it only writes (and so compresses) when the catalog changed since the last
 * one. Creating and dropping a one-column table is such a change (IF EXISTS: two compressions on
 * different connections may interleave their statements, and the second drop then finds none).
 * Measured on 1 M synthetic rows in duckdb-wasm: 68 MB before, 4.5 MB after
 * (tests/unit/compress.test.ts checks that it shrinks).
 * Works on the sealed database: a checkpoint of an in-memory database touches no file.
 */
import type { Query, Statement } from './query.ts';
import { decoder, num } from '../arrow/decode.ts';

/** The throwaway table whose creation and drop make the next CHECKPOINT write. */
export const COMPRESS_MARKER = 'oversikt_compress_marker';

/** The statements that compress every table, in order (each on its own: DuckDB-wasm prepares one at a time). */
export function compressStatements(): Statement[] {
  return [
    { sql: `CREATE OR REPLACE TABLE ${COMPRESS_MARKER} (x INTEGER)`, params: [] },
    { sql: `DROP TABLE IF EXISTS ${COMPRESS_MARKER}`, params: [] },
    { sql: 'CHECKPOINT', params: [] },
  ];
}

/** DuckDB's own count of the bytes its buffer manager holds (tables, indexes, temporary data). */
const memoryRow = decoder({ bytes: num });

export function memoryQuery(): Query<{ bytes: number }> {
  return {
    decode: memoryRow,
    sql: 'SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()',
    params: [],
  };
}
