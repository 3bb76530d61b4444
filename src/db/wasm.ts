import * as duckdb from '@duckdb/duckdb-wasm';
// Self-hosted: Vite copies these files into the build; nothing is fetched from a CDN.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableToRows, type ResultRow } from '../arrow/to-rows.ts';
import { decodeRows, type Query, type Statement } from '../sql/query.ts';
import type { ConsoleConnector, TransactionalConnector, Transaction } from './connector.ts';

/** Runs one statement on a connection: plain when it has no parameters, else prepared. */
async function runOn(conn: duckdb.AsyncDuckDBConnection, q: Statement): Promise<ResultRow[]> {
  if (q.params.length === 0) return tableToRows(await conn.query(q.sql));
  const stmt = await conn.prepare(q.sql);
  try {
    return tableToRows(await stmt.query(...q.params));
  } finally {
    await stmt.close();
  }
}

/** A table file the build derived from data/*.parquet, as listed in data/manifest.json. */
export interface DataFile {
  table: string;
  file: string;
}

/**
 * DuckDB-wasm in a worker. This module is the only code that imports duckdb-wasm.
 * Only the exception-handling bundle is shipped: every browser in use today supports it.
 */
export class WasmConnector implements TransactionalConnector, ConsoleConnector {
  private constructor(
    private readonly db: duckdb.AsyncDuckDB,
    private readonly worker: Worker,
  ) {}

  /** Starts DuckDB and inserts the embedded tables from Arrow IPC files under `dataUrl`. */
  static async start(dataUrl: URL, files: DataFile[]): Promise<WasmConnector> {
    const worker = new Worker(ehWorker);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(ehWasm);
    await db.open({ query: { castBigIntToDouble: true } });
    const connector = new WasmConnector(db, worker);
    // Never fetch an extension at run time: it would leave the site and fail offline.
    await connector.query({ sql: 'SET autoinstall_known_extensions = false', params: [] });
    await connector.query({ sql: 'SET autoload_known_extensions = false', params: [] });
    await Promise.all(
      files.map((f) => connector.insertArrowFile(new URL(f.file, dataUrl), f.table)),
    );
    return connector;
  }

  private async insertArrowFile(url: URL, table: string): Promise<void> {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`Could not load ${url.pathname} (${res.status})`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    await this.insertArrow(table, bytes);
  }

  /** Creates or replaces a table from an Arrow IPC stream. */
  async insertArrow(table: string, bytes: Uint8Array): Promise<void> {
    const conn = await this.db.connect();
    try {
      await conn.insertArrowFromIPCStream(bytes, { name: table, create: true });
    } finally {
      await conn.close();
    }
  }

  async query<R = ResultRow>(q: Query<R>): Promise<R[]> {
    const conn = await this.db.connect();
    try {
      return decodeRows(q, await runOn(conn, q));
    } finally {
      await conn.close();
    }
  }

  /**
   * Runs `work` on one connection inside a transaction: either all of it lands or, on any error,
   * none of it does (the tables are as before).
   */
  async transaction(work: (tx: Transaction) => Promise<void>): Promise<void> {
    const conn = await this.db.connect();
    try {
      await conn.query('BEGIN TRANSACTION');
      try {
        await work({
          exec: async (q) => void (await runOn(conn, q)),
          insertArrow: (name, bytes) =>
            conn.insertArrowFromIPCStream(bytes, { name, create: true }),
          query: async (q) => decodeRows(q, await runOn(conn, q)),
        });
        await conn.query('COMMIT');
      } catch (e) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    } finally {
      await conn.close();
    }
  }

  /** Runs a statement that changes tables (edits, imports), with its values as parameters. */
  async exec(q: Statement): Promise<void> {
    await this.query(q);
  }

  /**
   * Runs one statement from the SQL console inside a transaction that is always rolled back, so
   * the console can read but never change the data.
   */
  async runReadOnly(sql: string): Promise<{ columns: string[]; rows: ResultRow[] }> {
    const conn = await this.db.connect();
    try {
      await conn.query('BEGIN TRANSACTION');
      try {
        const stmt = await conn.prepare(sql);
        try {
          const table = await stmt.query();
          return { columns: table.schema.fields.map((f) => f.name), rows: tableToRows(table) };
        } finally {
          await stmt.close();
        }
      } finally {
        await conn.query('ROLLBACK').catch(() => undefined);
      }
    } finally {
      await conn.close();
    }
  }

  /** Ends DuckDB and its worker. */
  async close(): Promise<void> {
    await this.db.terminate();
    this.worker.terminate();
  }
}
