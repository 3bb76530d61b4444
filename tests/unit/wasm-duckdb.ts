/**
 * duckdb-wasm's own build (the same wasm as the browser's, DuckDB 1.4) in Node, through its
 * blocking API, for tests of the console guard and the seal on the engine the app ships.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableToRows, type ResultRow } from '../../src/arrow/to-rows.ts';
import type { ConsoleEngine, ConsoleResult } from '../../src/db/console-guard.ts';
import type { Param, Statement } from '../../src/sql/query.ts';

const DIST = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/blocking'));

export interface WasmDb {
  db: duckdb.DuckDBBindings;
  conn: duckdb.DuckDBConnection;
  /** Runs SQL (several statements allowed) and returns rows. */
  sql(text: string): ConsoleResult;
  /** Runs one statement with its parameters, prepared, and returns its raw rows. */
  rows(q: Statement): ResultRow[];
  /** A console engine on this connection, as src/db/wasm.ts builds it. */
  engine: ConsoleEngine;
}

/** Opens an in-memory duckdb-wasm database in Node. */
export async function openWasm(): Promise<WasmDb> {
  const db = await duckdb.createDuckDB(
    {
      mvp: {
        mainModule: join(DIST, 'duckdb-mvp.wasm'),
        mainWorker: join(DIST, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: join(DIST, 'duckdb-eh.wasm'),
        mainWorker: join(DIST, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true } });
  const conn = db.connect();
  const result = (table: ReturnType<duckdb.DuckDBConnection['query']>): ConsoleResult => ({
    columns: table.schema.fields.map((f) => f.name),
    rows: tableToRows(table),
  });
  const prepared = <T>(
    text: string,
    params: Param[],
    read: (t: ReturnType<duckdb.DuckDBConnection['query']>) => T,
  ): T => {
    const stmt = conn.prepare(text);
    try {
      return read(stmt.query(...params));
    } finally {
      stmt.close();
    }
  };
  return {
    db,
    conn,
    sql: (text) => result(conn.query(text)),
    rows: (q) => prepared(q.sql, q.params, tableToRows),
    engine: {
      tokenize: async (text) => db.tokenize(text),
      run: async (text, params) => prepared(text, params ?? [], result),
    },
  };
}
