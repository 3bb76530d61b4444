import { placeholders, type Query } from './query.ts';
import {
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
} from './rows.ts';
import { quoteIdent, quoteLiteral } from './quote.ts';

/**
 * Places for the pickers: every municipality (so a user can choose one that has no figures yet and
 * import them) and every other place that has figures, with how many figures each has.
 */
export function pickerPlaces(): Query<PlaceRow> {
  return {
    decode: placeRow,
    sql: `SELECT g.code, g.name, g.level, g.parent_code, count(o.indicator_id)::INTEGER AS n
FROM geo g LEFT JOIN observation o ON o.geo_code = g.code
WHERE g.level = 'municipality' OR o.geo_code IS NOT NULL
GROUP BY g.code, g.name, g.level, g.parent_code
ORDER BY g.name`,
    params: [],
  };
}

/** One place by code, with its county's code and name. */
export function placeByCode(code: string): Query<PlaceDetailRow> {
  return {
    decode: placeDetailRow,
    sql: `SELECT g.code, g.name, g.level, g.parent_code, p.name AS parent_name
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
