import type { ResultRow } from '../arrow/to-rows.ts';
import type { Query } from '../sql/query.ts';

/** Runs parameterised queries and returns plain rows; DuckDB-wasm in the app, DuckDB for Node in tests. */
export interface Connector {
  query(q: Query): Promise<ResultRow[]>;
}
