import { POPULATION_AGES, RATE_FAMILIES, rateFamilyParams } from '../domain/rate-bands.ts';
import { placeholders, typedQuery, type Query } from './query.ts';
import { rateRow, type RateRow } from './similar-rows.ts';

/**
 * Counts as rates: every count figure of some places (optionally some indicators) divided by the
 * population of its band (src/domain/rate-bands.ts) on 1 January of the year the count's period
 * ends, times 1 000 or 10 000. The band is the count's own age when the population has it, else the
 * family's (longest prefix). No population figure (or a count that is not ok): the rate is null.
 */
export function countRates(geoCodes: string[], indicatorIds: string[] = []): Query<RateRow> {
  const fams = RATE_FAMILIES.map(() => '(?, ?, ?)').join(', ');
  const ages = [...POPULATION_AGES];
  const byId =
    indicatorIds.length > 0
      ? `\n    AND o.indicator_id IN (${placeholders(indicatorIds.length)})`
      : '';
  const sql = `WITH fam(prefix, band_age, per) AS (VALUES ${fams}),
counts AS (
  SELECT o.indicator_id, o.geo_code, o.period_from, o.period_to, o.sex, o.age, o.value, o.status, o.source_id
  FROM observation o JOIN indicator i ON i.id = o.indicator_id
  WHERE i.unit = 'count' AND o.geo_code IN (${placeholders(geoCodes.length)})${byId}
),
banded AS (
  SELECT c.indicator_id, c.geo_code, c.period_from, c.period_to, c.sex, c.age, c.value, c.status, c.source_id,
    arg_max(coalesce(f.per, 0), length(f.prefix)) AS per,
    arg_max(coalesce(f.band_age, ''), length(f.prefix)) AS fam_age
  FROM counts c JOIN fam f ON starts_with(c.indicator_id, f.prefix)
  GROUP BY ALL
)
SELECT b.indicator_id, b.geo_code, b.period_from, b.period_to, b.sex, b.age,
  b.value AS count, b.status AS count_status, b.source_id, sc.publisher AS count_publisher,
  CASE WHEN b.age <> 'all' AND b.age IN (${placeholders(ages.length)}) THEN b.age ELSE b.fam_age END AS band_age,
  b.per::INTEGER AS per, b.period_to AS pop_year, p.value AS population, p.source_id AS pop_source_id,
  sp.publisher AS pop_publisher,
  CASE WHEN b.status = 'ok' AND b.value IS NOT NULL AND p.value > 0 AND b.per > 0
    THEN b.value / p.value * b.per END AS rate
FROM banded b
LEFT JOIN observation p ON p.indicator_id = 'population' AND p.geo_code = b.geo_code AND p.sex = b.sex
  AND p.age = (CASE WHEN b.age <> 'all' AND b.age IN (${placeholders(ages.length)}) THEN b.age ELSE b.fam_age END)
  AND p.period_from = b.period_to AND p.period_to = b.period_to AND p.status = 'ok'
LEFT JOIN source sc ON sc.id = b.source_id
LEFT JOIN source sp ON sp.id = p.source_id
WHERE b.per > 0
ORDER BY b.indicator_id, b.geo_code, b.sex, b.age, b.period_from, b.period_to`;
  return typedQuery(
    sql,
    [...rateFamilyParams(), ...geoCodes, ...indicatorIds, ...ages, ...ages],
    rateRow,
  );
}
