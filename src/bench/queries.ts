/**
 * The queries `npm run bench` times, the same in DuckDB-wasm (bench.html) and in DuckDB for Node
 * (scripts/bench.ts), on the SYNTHETIC table of synthetic.ts. Only for the benchmark.
 */
import { rawRow } from '../arrow/decode.ts';
import type { ResultRow } from '../arrow/to-rows.ts';
import type { Query } from '../sql/query.ts';
import { groupedOnKeys } from '../sql/coded.ts';
import { codeRow } from '../sql/rows.ts';
import { seriesQuery } from '../sql/series.ts';

/** Three real places the filtered queries ask for: Norway and two municipalities of `geo`. */
export const placesQuery: Query<{ code: string }> = {
  decode: codeRow,
  sql: `SELECT code FROM (SELECT code, level, row_number() OVER (PARTITION BY level ORDER BY code) AS k FROM geo)
WHERE (level = 'country' AND k = 1) OR (level = 'municipality' AND k IN (3, 7)) ORDER BY code`,
  params: [],
};

/** The 15 one-series filters: one made-up indicator (spread over the table), three places. */
export function filterQueries(rows: number, places: string[]): Query<unknown>[] {
  const indicators = Math.max(1, Math.floor(rows / 50000));
  return Array.from({ length: 15 }, (_, k) =>
    seriesQuery([`synthetic-${(k * 7) % indicators}`], places),
  );
}

/**
 * The full re-aggregation: indicator × sex over every row, written as the app writes its
 * aggregations over every figure (the pickers' counts, Kart's slices): grouped on the keys first.
 */
export const aggregateQuery: Query<ResultRow> = {
  decode: rawRow,
  sql: groupedOnKeys(['indicator_id', 'sex'], 'avg(o.value) AS v, count(*) AS n'),
  params: [],
};

/** The median of some timings. */
export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
