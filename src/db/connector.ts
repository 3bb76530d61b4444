import type { ResultRow } from '../arrow/to-rows.ts';
import type { Query } from '../sql/query.ts';

/** Runs parameterised queries and returns plain rows; DuckDB-wasm in the app, DuckDB for Node in tests. */
export interface Connector {
  query(q: Query): Promise<ResultRow[]>;
}

/** A connector that can also run the SQL console's statements without changing data. */
export interface ConsoleConnector extends Connector {
  runReadOnly(sql: string): Promise<{ columns: string[]; rows: ResultRow[] }>;
}

/** Whether a connector offers the read-only console. */
export function hasConsole(c: Connector): c is ConsoleConnector {
  return typeof (c as Partial<ConsoleConnector>).runReadOnly === 'function';
}
