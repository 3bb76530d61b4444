import { codedIs, groupedOnKeys } from './coded.ts';
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
    // Places first (one row per place and slice, with whether it has a value, grouped on the keys
    // before the ids are joined: groupedOnKeys), then counted: no count(DISTINCT) over every
    // figure. On 10 M synthetic rows beside the real ones (DuckDB for Node, one thread): 2.1 s with
    // count(DISTINCT), 0.7–1.1 s over the view, 0.4–0.5 s on the keys; the same rows.
    sql: `WITH p AS (${groupedOnKeys(
      ['indicator_id', 'geo_code', 'age', 'period_from', 'period_to'],
      'bool_or(o.value IS NOT NULL) AS has_value',
      codedIs('sex', "'all'"),
    )})
SELECT p.indicator_id, g.level, p.age, p.period_from, p.period_to,
  count(*) AS n, count(*) FILTER (WHERE p.has_value) AS n_values
FROM p JOIN geo g ON g.code = p.geo_code
WHERE g.level IN ('municipality', 'county')
GROUP BY p.indicator_id, g.level, p.age, p.period_from, p.period_to
HAVING count(*) FILTER (WHERE p.has_value) >= ?
ORDER BY p.indicator_id, g.level, p.age, p.period_from, p.period_to`,
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
