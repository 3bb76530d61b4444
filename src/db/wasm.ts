import * as duckdb from '@duckdb/duckdb-wasm';
// Self-hosted: Vite copies these files into the build; nothing is fetched from a CDN.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableToRows, type ResultRow } from '../arrow/to-rows.ts';
import { langFrom, translate, type Lang } from '../i18n/i18n.ts';
import { ConsoleRefused } from '../sql/console.ts';
import { decodeRows, type Param, type Query, type Statement } from '../sql/query.ts';
import { compressStatements } from '../sql/compress.ts';
import { CODED_FILES, createCodedObservation } from '../sql/coded.ts';
import { UPLOAD_DIR } from '../sql/open-table.ts';
import { sealSettingsQuery, sealStatements } from '../sql/seal.ts';
import type { ConsoleConnector, FileConnector, Transaction } from './connector.ts';
import { runConsoleStatement, type ConsoleResult } from './console-guard.ts';
import { describeProblems, SealError, sealProblems, type SealReport } from './seal.ts';

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

/** Runs a statement without parameters and returns its result as Arrow IPC, not decoded. */
function arrowOn(conn: duckdb.AsyncDuckDBConnection, q: Statement): Promise<Uint8Array> {
  if (q.params.length > 0) throw new Error('arrow: a statement with parameters');
  return conn.useUnsafe((db, id) => db.runQuery(id, q.sql));
}

/**
 * DuckDB's worker, started from a blob: URL that loads the bundled worker script. A worker started
 * from a blob: URL takes the page's Content-Security-Policy (also the one from index.html's meta
 * tag, which a worker started from its own URL would not get), so `connect-src 'self'` holds inside
 * DuckDB's worker on any static server. URLs are made absolute: inside a blob: worker a relative
 * one has no base.
 */
function startWorker(): { worker: Worker; url: string } {
  const script = new URL(ehWorker, document.baseURI).href;
  const boot = new Blob([`importScripts(${JSON.stringify(script)});`], {
    type: 'text/javascript',
  });
  const url = URL.createObjectURL(boot);
  return { worker: new Worker(url), url };
}

/** The interface language at start, for the message when the seal fails (the header shows it). */
function startLang(): Lang {
  return langFrom(document.documentElement.lang) ?? 'nb';
}

/** Prepares ONE statement (DuckDB refuses more at once) and runs it with its parameters. */
async function runPrepared(
  conn: duckdb.AsyncDuckDBConnection,
  sql: string,
  params: Param[],
): Promise<ConsoleResult> {
  const stmt = await conn.prepare(sql);
  try {
    const table = await stmt.query(...params);
    return { columns: table.schema.fields.map((f) => f.name), rows: tableToRows(table) };
  } finally {
    await stmt.close();
  }
}

/** How many prepared statements the read connection keeps (see `WasmConnector.query`). */
const PREPARED_KEPT = 64;

/** How long the tables must be unchanged before they are compressed (see `compressSoon`). */
const COMPRESS_AFTER_MS = 2000;

/** A table file the build derived from data/*.parquet, as listed in data/manifest.json. */
export interface DataFile {
  table: string;
  file: string;
}

/**
 * DuckDB-wasm in a worker. This module is the only code that imports duckdb-wasm.
 * Only the exception-handling bundle is shipped: every browser in use today supports it.
 */
export class WasmConnector implements FileConnector, ConsoleConnector {
  /** The compression last started (see `compressSoon`); settles, never rejects. */
  private compressing: Promise<void> = Promise.resolve();
  /** A compression waiting for the tables to be quiet, if any. */
  private compressTimer: ReturnType<typeof setTimeout> | null = null;
  /** The connection the views' reads share (see `query`), opened on the first read. */
  private reader: Promise<duckdb.AsyncDuckDBConnection> | null = null;
  /** Statements prepared on `reader`, by SQL, least recently used first. */
  private readonly prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();

  private constructor(
    private readonly db: duckdb.AsyncDuckDB,
    private readonly worker: Worker,
  ) {}

  /**
   * Starts DuckDB, inserts the embedded tables from Arrow IPC files under `dataUrl`, then seals the
   * database (src/sql/seal.ts) and checks the seal in `duckdb_settings()`; when it is not in place
   * the start fails with a SealError and the header says so. Later Arrow inserts and table changes
   * (imports, edits) keep working on the sealed database.
   */
  static async start(dataUrl: URL, files: DataFile[]): Promise<WasmConnector> {
    const { worker, url } = startWorker();
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(new URL(ehWasm, document.baseURI).href);
    URL.revokeObjectURL(url); // the worker has loaded its script by now
    performance.mark('oversikt:duckdb-instantiated');
    await db.open({ query: { castBigIntToDouble: true } });
    performance.mark('oversikt:duckdb-open');
    const connector = new WasmConnector(db, worker);
    try {
      // The observation arrives coded and in key order (scripts/derive-arrow.ts): its files are
      // appended to the empty coded tables, the others create their tables.
      const coded = (f: DataFile) => CODED_FILES.includes(f.table);
      if (files.some(coded)) for (const q of createCodedObservation()) await connector.exec(q);
      await Promise.all(
        files.map((f) => connector.insertArrowFile(new URL(f.file, dataUrl), f.table, !coded(f))),
      );
      performance.mark('oversikt:tables-loaded');
      await connector.seal();
    } catch (e) {
      await connector.close().catch(() => undefined);
      throw e;
    }
    connector.compressSoon();
    return connector;
  }

  /**
   * Compresses every table (src/sql/compress.ts) in DuckDB's worker once the tables have been
   * quiet for COMPRESS_AFTER_MS: a burst of changes (the start, its restore of kept imports and
   * edits, the first view's queries) is followed by one checkpoint, which then does not hold up
   * the first chart. The page's thread is not blocked and the caller does not wait; queries sent
   * while the checkpoint runs wait for it. A checkpoint that DuckDB refuses (another connection is
   * inside a transaction) is left out: the next one compresses what it did not.
   */
  compressSoon(): void {
    this.cancelCompress();
    this.compressTimer = setTimeout(() => this.compressNow(), COMPRESS_AFTER_MS);
  }

  /** Drops a waiting compression; true when there was one. */
  private cancelCompress(): boolean {
    if (this.compressTimer === null) return false;
    clearTimeout(this.compressTimer);
    this.compressTimer = null;
    return true;
  }

  /** Starts the compression scheduled by `compressSoon` now, if one is waiting. */
  private compressNow(): void {
    if (!this.cancelCompress()) return;
    this.compressing = this.compressing.then(() => this.compress().catch(() => undefined));
  }

  /** Runs a waiting compression now and resolves when it is done (the bench measures after it). */
  compressed(): Promise<void> {
    this.compressNow();
    return this.compressing;
  }

  private async compress(): Promise<void> {
    const conn = await this.db.connect();
    try {
      for (const q of compressStatements()) await conn.query(q.sql);
    } finally {
      await conn.close();
    }
  }

  /** Seals the database and checks that every setting of the seal holds. */
  private async seal(): Promise<void> {
    for (const q of sealStatements()) await this.exec(q);
    const problems = sealProblems(await this.query(sealSettingsQuery()));
    if (problems.length > 0) {
      const lang = startLang();
      const settings = describeProblems(problems, (p) => translate(lang, 'seal.problem', p));
      throw new SealError(problems, translate(lang, 'seal.broken', { settings }));
    }
  }

  /** The seal's settings as DuckDB reports them now, and the files in DuckDB's file system. */
  async sealReport(): Promise<SealReport> {
    const settings = await this.query(sealSettingsQuery());
    const files = (await this.db.globFiles('*')).map((f) => f.fileName).sort();
    return { settings, problems: sealProblems(settings), files };
  }

  private async insertArrowFile(url: URL, table: string, create: boolean): Promise<void> {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`Could not load ${url.pathname} (${res.status})`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    await this.insertArrow(table, bytes, create);
  }

  /** Creates a table from an Arrow IPC stream, or (`create` false) appends its rows to `table`. */
  async insertArrow(table: string, bytes: Uint8Array, create = true): Promise<void> {
    const conn = await this.db.connect();
    try {
      await conn.insertArrowFromIPCStream(bytes, { name: table, create });
    } finally {
      await conn.close();
    }
  }

  /**
   * A read. The views' reads share one connection and keep their statements prepared, by SQL: a
   * view asks the same few queries again with other parameters, and each read then costs one
   * round trip to DuckDB's worker instead of five (connect, prepare, run, close the statement,
   * close the connection) and no parse or plan (DuckDB binds a prepared statement again by itself
   * when the tables it reads have changed). The worker runs one request at a time, so sharing
   * the connection makes nothing wait that did not; transactions have their own connections. A
   * statement that fails is dropped, so the next read prepares it afresh.
   */
  async query<R>(q: Query<R>): Promise<R[]> {
    const conn = await this.readConnection();
    if (q.params.length === 0) return decodeRows(q, tableToRows(await conn.query(q.sql)));
    const kept = this.prepared.has(q.sql);
    try {
      return decodeRows(q, await this.runKept(conn, q.sql, q.params));
    } catch (e) {
      // A kept statement may have been dropped by a read that made room: prepare it once more.
      if (!kept) throw e;
      return decodeRows(q, await this.runKept(conn, q.sql, q.params));
    }
  }

  private readConnection(): Promise<duckdb.AsyncDuckDBConnection> {
    this.reader ??= this.db.connect().catch((e: unknown) => {
      this.reader = null;
      throw e;
    });
    return this.reader;
  }

  /** Runs the kept statement for `sql`; a statement that fails is dropped (the next read prepares it). */
  private async runKept(
    conn: duckdb.AsyncDuckDBConnection,
    sql: string,
    params: Param[],
  ): Promise<ResultRow[]> {
    const stmt = this.preparedOn(conn, sql);
    try {
      return tableToRows(await (await stmt).query(...params));
    } catch (e) {
      if (this.prepared.get(sql) === stmt) this.forget(sql);
      throw e;
    }
  }

  /** The statement for `sql` on the read connection, prepared once and kept (the latest 64). */
  private preparedOn(
    conn: duckdb.AsyncDuckDBConnection,
    sql: string,
  ): Promise<duckdb.AsyncPreparedStatement> {
    let stmt = this.prepared.get(sql);
    if (stmt)
      this.prepared.delete(sql); // re-inserted below: most recently used last
    else {
      stmt = conn.prepare(sql);
      stmt.catch(() => undefined); // the read awaiting it gets the error
      const oldest = this.prepared.keys().next();
      if (this.prepared.size >= PREPARED_KEPT && !oldest.done) this.forget(oldest.value);
    }
    this.prepared.set(sql, stmt);
    return stmt;
  }

  /** Drops a kept statement and closes it in DuckDB. */
  private forget(sql: string): void {
    const stmt = this.prepared.get(sql);
    this.prepared.delete(sql);
    void stmt?.then((s) => s.close()).catch(() => undefined);
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
          arrow: (q) => arrowOn(conn, q),
        });
        await conn.query('COMMIT');
      } catch (e) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    } finally {
      await conn.close();
    }
    // Imports and removals land uncompressed (and deleted rows stay until a checkpoint): compress.
    this.compressSoon();
  }

  /**
   * Lends DuckDB a user's file for one transaction: registered under UPLOAD_DIR (the one directory
   * the seal lets DuckDB read; src/sql/seal.ts), dropped when `work` is done or failed, so
   * DuckDB's file system is empty again. DuckDB-wasm takes over (transfers) the buffer.
   */
  async withFile(
    path: string,
    bytes: Uint8Array,
    work: (tx: Transaction) => Promise<void>,
  ): Promise<void> {
    if (!path.startsWith(UPLOAD_DIR) || path.slice(UPLOAD_DIR.length).includes('/'))
      throw new Error(`not a file of ${UPLOAD_DIR}: ${path}`);
    await this.db.registerFileBuffer(path, bytes);
    try {
      await this.transaction(work);
    } finally {
      await this.db.dropFile(path);
    }
  }

  /** Runs a statement that changes tables (edits, imports), with its values as parameters. */
  async exec(q: Statement): Promise<void> {
    const conn = await this.db.connect();
    try {
      await runOn(conn, q);
    } finally {
      await conn.close();
    }
  }

  /**
   * Runs one statement from the SQL console on its own connection, judged first by DuckDB's own
   * lexer, parser and planner, in a READ ONLY transaction that is always rolled back
   * (src/db/console-guard.ts), and only while the seal holds. Throws ConsoleRefused for a refused statement, DuckDB's error for a failed one.
   */
  async runReadOnly(sql: string): Promise<ConsoleResult> {
    if (sealProblems(await this.query(sealSettingsQuery())).length > 0)
      throw new ConsoleRefused({ kind: 'unsealed' });
    const conn = await this.db.connect();
    try {
      return await runConsoleStatement(
        {
          tokenize: (text) => this.db.tokenize(text),
          run: (text, params) => runPrepared(conn, text, params ?? []),
        },
        sql,
      );
    } finally {
      await conn.close();
    }
  }

  /** Ends DuckDB and its worker. */
  async close(): Promise<void> {
    this.cancelCompress();
    await this.db.terminate();
    this.worker.terminate();
  }
}
