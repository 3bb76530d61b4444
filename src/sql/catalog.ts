import { groupedOnKeys } from './coded.ts';
import { placeholders, type Query } from './query.ts';
import {
  codeRow,
  indicatorRow,
  placeDetailRow,
  placeIndicatorCountRow,
  placeRow,
  sourceRow,
  tableCountRow,
  type IndicatorRow,
  type PlaceDetailRow,
  type PlaceIndicatorCountRow,
  type PlaceRow,
  type SourceRow,
  type TableCountRow,
  codeChangeRow,
  type CodeChangeRow,
} from './rows.ts';
import { quoteIdent, quoteLiteral } from './quote.ts';

/**
 * A place's name as a label: the name, with the county's name where another municipality has the
 * same name ("Herøy (Møre og Romsdal)"). `g` is the place, `p` its parent.
 */
const LABEL = `CASE WHEN g.level = 'municipality' AND (SELECT count(*) FROM geo d WHERE d.level = 'municipality' AND d.name = g.name) > 1 AND p.name IS NOT NULL
  THEN g.name || ' (' || p.name || ')' ELSE g.name END`;

/**
 * Places for the pickers: every municipality (so a user can choose one that has no figures yet and
 * import them) and every other place that has figures, with how many figures each has and a label
 * that tells repeated names apart.
 */
export function pickerPlaces(): Query<PlaceRow> {
  return {
    decode: placeRow,
    // One pass over the figures, grouped by place key (the counts per place as correlated
    // subqueries took 0.4–1.6 s on 10 M rows in DuckDB for Node, one thread; over the view 60 ms).
    sql: `WITH counts AS (${groupedOnKeys(['geo_code'], 'count(*)::INTEGER AS n')})
SELECT g.code, g.name, ${LABEL} AS label, g.level, g.parent_code, p.name AS parent_name,
  coalesce(c.n, 0)::INTEGER AS n
FROM geo g LEFT JOIN geo p ON p.code = g.parent_code LEFT JOIN counts c ON c.geo_code = g.code
WHERE g.level = 'municipality' OR c.n IS NOT NULL
ORDER BY label`,
    params: [],
  };
}

/** One place by code, with its county's code and name. */
export function placeByCode(code: string): Query<PlaceDetailRow> {
  return {
    decode: placeDetailRow,
    sql: `SELECT g.code, g.name, ${LABEL} AS label, g.level, g.parent_code, p.name AS parent_name
FROM geo g LEFT JOIN geo p ON p.code = g.parent_code
WHERE g.code = ?`,
    params: [code],
  };
}

/** Indicators with figures for a place, with their theme and how many figures each has. */
export function indicatorsForPlace(geoCode: string): Query<PlaceIndicatorCountRow> {
  return {
    decode: placeIndicatorCountRow,
    sql: `SELECT i.id, i.name_nb, i.name_en, i.theme_id, t.name_nb AS theme_nb, t.name_en AS theme_en,
  i.source_kind, i.unit, i.polarity, i.population, i.description_nb, i.description_en,
  count(*)::INTEGER AS n, min(o.period_from) AS first_year, max(o.period_to) AS last_year
FROM observation o
JOIN indicator i ON i.id = o.indicator_id
JOIN theme t ON t.id = i.theme_id
WHERE o.geo_code = ?
GROUP BY ALL
ORDER BY t.name_nb, i.name_nb`,
    params: [geoCode],
  };
}

/** Indicators by id, with their theme. */
export function indicatorsById(ids: string[]): Query<IndicatorRow> {
  return {
    decode: indicatorRow,
    sql: `SELECT i.id, i.name_nb, i.name_en, i.theme_id, t.name_nb AS theme_nb, t.name_en AS theme_en,
  i.source_kind, i.unit, i.polarity, i.population, i.description_nb, i.description_en
FROM indicator i JOIN theme t ON t.id = i.theme_id
WHERE i.id IN (${placeholders(ids.length)})
ORDER BY i.id`,
    params: ids,
  };
}

/** Sources by id, with their provenance. */
export function sourcesById(ids: string[]): Query<SourceRow> {
  return {
    decode: sourceRow,
    sql: `SELECT id, title, publisher, kind, file_name, sha256, retrieved, license, citation, rows_kept, rows_rejected
FROM source WHERE id IN (${placeholders(ids.length)}) ORDER BY id`,
    params: ids,
  };
}

/** Every source with its provenance. */
export function allSources(): Query<SourceRow> {
  return {
    decode: sourceRow,
    sql: `SELECT id, title, publisher, kind, file_name, sha256, retrieved, license, citation, rows_kept, rows_rejected
FROM source ORDER BY kind, id`,
    params: [],
  };
}

/** Row counts of the contract tables. */
export function tableCounts(tables: readonly string[]): Query<TableCountRow> {
  return {
    decode: tableCountRow,
    sql: tables
      .map(
        (t) =>
          `SELECT ${quoteLiteral(t)} AS table_name, count(*)::INTEGER AS n FROM ${quoteIdent(t)}`,
      )
      .join('\nUNION ALL\n'),
    params: [],
  };
}

/**
 * Where an older code went: the chain of code changes from `code` (2018, 2020 and 2024 reforms) to
 * today's place, the last step first; empty when the code has no change (or is today's code).
 */
export function codeChanges(code: string): Query<CodeChangeRow> {
  return {
    decode: codeChangeRow,
    sql: `WITH RECURSIVE chain(code, year, depth) AS (
  SELECT CAST(? AS VARCHAR), 0, 0
  UNION ALL
  SELECT c.new_code, c.year, chain.depth + 1 FROM geo_change c JOIN chain ON c.old_code = chain.code
  WHERE chain.depth < 10
)
SELECT chain.code, chain.year, chain.depth, g.name
FROM chain JOIN geo g ON g.code = chain.code
WHERE chain.depth > 0 AND NOT EXISTS (SELECT 1 FROM geo cur WHERE cur.code = ?)
ORDER BY chain.depth DESC`,
    params: [code, code],
  };
}

/** The places that have a plan (the build snapshots each of them; scripts/build-snapshot.ts). */
export function placesWithPlans(): Query<{ code: string }> {
  return {
    decode: codeRow,
    sql: 'SELECT DISTINCT geo_code AS code FROM plan ORDER BY code',
    params: [],
  };
}
