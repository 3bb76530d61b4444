import type { Query } from './query.ts';
import { mapFigureRow, mapSliceRow, type MapFigureRow, type MapSliceRow } from './rows.ts';

/** The levels a map draws, as `geo.level` names them. */
export type MapLevel = 'municipality' | 'county';

/**
 * Every slice (indicator, level, age band, period; both sexes together) with figures for several
 * municipalities or counties: what the map's pickers offer.
 */
export function mapSlices(minPlaces: number): Query<MapSliceRow> {
  return {
    decode: mapSliceRow,
    sql: `SELECT o.indicator_id, g.level, o.age, o.period_from, o.period_to,
  count(DISTINCT o.geo_code) AS n, count(DISTINCT CASE WHEN o.value IS NOT NULL THEN o.geo_code END) AS n_values
FROM observation o JOIN geo g ON g.code = o.geo_code
WHERE g.level IN ('municipality', 'county') AND o.sex = 'all'
GROUP BY o.indicator_id, g.level, o.age, o.period_from, o.period_to
HAVING count(DISTINCT CASE WHEN o.value IS NOT NULL THEN o.geo_code END) >= ?
ORDER BY o.indicator_id, g.level, o.age, o.period_from, o.period_to`,
    params: [minPlaces],
  };
}

/** One slice's figures, a row per place (suppressed and missing figures included, with no value). */
export function mapFigures(
  indicatorId: string,
  level: MapLevel,
  age: string,
  periodFrom: number,
  periodTo: number,
): Query<MapFigureRow> {
  return {
    decode: mapFigureRow,
    sql: `SELECT o.geo_code, g.name AS geo_name, o.value, o.status, o.source_id,
  s.publisher AS source_publisher, s.title AS source_title, o.note
FROM observation o JOIN geo g ON g.code = o.geo_code LEFT JOIN source s ON s.id = o.source_id
WHERE o.indicator_id = ? AND o.sex = 'all' AND o.age = ? AND o.period_from = ? AND o.period_to = ?
  AND g.level = ?
ORDER BY g.name, o.geo_code`,
    params: [indicatorId, age, periodFrom, periodTo, level],
  };
}
