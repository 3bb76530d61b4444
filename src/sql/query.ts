/** A parameter value; user input only ever reaches DuckDB as one of these. */
export type Param = string | number | null;

/** SQL text with `?` placeholders and the values that fill them, in order. */
export interface Query {
  sql: string;
  params: Param[];
}

/** `?, ?, ?` for a list of n values (n ≥ 1); the values go in as parameters. */
export function placeholders(n: number): string {
  if (n < 1) throw new Error('placeholders: a list needs at least one value');
  return Array.from({ length: n }, () => '?').join(', ');
}

/** A stable cache key for a query (text and parameters). */
export function queryKey(q: Query): string {
  return JSON.stringify([q.sql, q.params]);
}
