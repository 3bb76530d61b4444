-- Population of each county and year, summed from its municipalities, beside the county's own
-- figure (SSB 07459). Run in the folder `npm run partition` wrote:
--   duckdb -c ".read rollup-county-population.sql"
-- Only the partitions of one source kind are read (population is filed under 'other').
WITH obs AS (
  SELECT * FROM read_parquet('observation/*/*/*.parquet', hive_partitioning = true)
  WHERE source_kind = 'other' AND indicator_id = 'population' AND sex = 'all' AND age = 'all'
    AND status = 'ok'
),
geo AS (SELECT * FROM read_parquet('geo.parquet'))
SELECT c.code AS county, c.name, o.year,
  sum(o.value) AS from_municipalities,
  count(*) AS municipalities,
  any_value(cf.value) AS county_figure
FROM obs o
JOIN geo m ON m.code = o.geo_code AND m.level = 'municipality'
JOIN geo c ON c.code = m.parent_code
LEFT JOIN obs cf ON cf.geo_code = c.code AND cf.year = o.year
GROUP BY c.code, c.name, o.year
ORDER BY c.code, o.year;
