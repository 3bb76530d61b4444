import { placeholders, type Query } from './query.ts';
import { seriesRow, type SeriesRow } from './rows.ts';

/**
 * Every figure for some indicators in some places (a place and its references), in the order a
 * chart draws them. Filters come first on the sort keys of `observation`, so DuckDB skips the rest.
 */
export function seriesQuery(indicatorIds: string[], geoCodes: string[]): Query<SeriesRow> {
  return {
    decode: seriesRow,
    sql: `SELECT o.indicator_id, o.geo_code, g.name AS geo_name, g.level AS geo_level,
  o.period_from, o.period_to, o.sex, o.age, o.value, o.ci_low, o.ci_high,
  o.numerator, o.denominator, o.respondents, o.status, o.source_id, o.note
FROM observation o JOIN geo g ON g.code = o.geo_code
WHERE o.indicator_id IN (${placeholders(indicatorIds.length)})
  AND o.geo_code IN (${placeholders(geoCodes.length)})
ORDER BY o.indicator_id, o.geo_code, o.sex, o.age, o.period_from, o.period_to`,
    params: [...indicatorIds, ...geoCodes],
  };
}
