import type { ResultRow } from '../arrow/to-rows.ts';

/** A parameter value; user input only ever reaches DuckDB as one of these. */
export type Param = string | number | null;

/** SQL text with `?` placeholders and the values that fill them, in order. */
export interface Statement {
  sql: string;
  params: Param[];
}

/**
 * A statement that returns rows of type R: `decode` (built from `src/arrow/decode.ts`) turns each
 * raw row into R. Every query has one, so no caller casts cells; statements that return nothing
 * are plain `Statement`s.
 */
export interface Query<R> extends Statement {
  decode: (row: ResultRow) => R;
}

/** A typed query: its statement and the decoder of its rows. */
export function typedQuery<R>(
  sql: string,
  params: Param[],
  decode: (row: ResultRow) => R,
): Query<R> {
  return { sql, params, decode };
}

/** Applies a query's decoder to the raw rows a connector read. */
export function decodeRows<R>(q: Query<R>, rows: ResultRow[]): R[] {
  return rows.map(q.decode);
}

/** `?, ?, ?` for a list of n values (n ≥ 1); the values go in as parameters. */
export function placeholders(n: number): string {
  if (n < 1) throw new Error('placeholders: a list needs at least one value');
  return Array.from({ length: n }, () => '?').join(', ');
}

/** A stable cache key for a query (text and parameters). */
export function queryKey(q: Statement): string {
  return JSON.stringify([q.sql, q.params]);
}
