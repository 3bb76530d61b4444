import type { ResultRow } from '../arrow/to-rows.ts';
import type { Query, Statement } from '../sql/query.ts';
import type { SealReport } from './seal.ts';

/** Runs parameterised queries and returns their decoded rows; DuckDB-wasm in the app, DuckDB for Node in tests. */
export interface Connector {
  /** Runs a query and returns its rows, decoded by the query's decoder. */
  query<R>(q: Query<R>): Promise<R[]>;
}

/** A connector that can also run the SQL console's statements without changing data. */
export interface ConsoleConnector extends Connector {
  /** Runs one read-only statement; throws ConsoleRefused (src/sql/console.ts) for any other. */
  runReadOnly(sql: string): Promise<{ columns: string[]; rows: ResultRow[] }>;
  /** The seal's settings and DuckDB's in-memory files, as they are now (src/db/seal.ts). */
  sealReport(): Promise<SealReport>;
}

/** Whether a connector offers the read-only console. */
export function hasConsole(c: Connector): c is ConsoleConnector {
  return typeof (c as Partial<ConsoleConnector>).runReadOnly === 'function';
}

/** A connector that can also change tables (the user's edits and imports; never the console). */
export interface WritableConnector extends Connector {
  exec(q: Statement): Promise<void>;
}

/** Whether a connector can change tables. */
export function isWritable(c: Connector): c is WritableConnector {
  return typeof (c as Partial<WritableConnector>).exec === 'function';
}

/** A connector that can run several steps as one all-or-nothing transaction (imports). */
export interface TransactionalConnector extends WritableConnector {
  transaction(work: (tx: Transaction) => Promise<void>): Promise<void>;
}

/** What a transaction can do: statements, queries and Arrow inserts on its one connection. */
export interface Transaction {
  exec(q: Statement): Promise<void>;
  query<R>(q: Query<R>): Promise<R[]>;
  insertArrow(table: string, bytes: Uint8Array): Promise<void>;
  /**
   * A query's result as Arrow IPC bytes, not decoded (DuckDB-wasm): for a worker to decode off
   * the page's thread. Statements without parameters only.
   */
  arrow?(q: Statement): Promise<Uint8Array>;
}

/** Whether a connector can run transactions. */
export function isTransactional(c: Connector): c is TransactionalConnector {
  return typeof (c as Partial<TransactionalConnector>).transaction === 'function';
}

/** A connector that can lend DuckDB a user's file for one transaction ("Åpne som tabell"). */
export interface FileConnector extends TransactionalConnector {
  /**
   * Registers `bytes` as the file `path` (under the upload directory the seal allows), runs
   * `work` in one transaction, and drops the file again, whatever happened.
   */
  withFile(
    path: string,
    bytes: Uint8Array,
    work: (tx: Transaction) => Promise<void>,
  ): Promise<void>;
}

/** Whether a connector can lend DuckDB a file. */
export function isFileConnector(c: Connector): c is FileConnector {
  return isTransactional(c) && typeof (c as Partial<FileConnector>).withFile === 'function';
}
