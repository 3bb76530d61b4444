import { placeholders, typedQuery, type Param, type Query } from './query.ts';
import {
  groupMemberRow,
  groupValueRow,
  placePopulationRow,
  type GroupMemberRow,
  type GroupValueRow,
  type PlacePopulationRow,
} from './similar-rows.ts';

/**
 * Who belongs to a comparison group (the chosen municipality itself left out, so it is compared
 * with the others): municipalities whose population (all ages, 1 January of `year`) lies in
 * [min, max), or the members of an imported KOSTRA group.
 */
export type GroupMembers =
  | { kind: 'size'; min: number; max: number | null; year: number; exclude: string }
  | { kind: 'table'; groupCode: string; exclude: string };

function membersSql(m: GroupMembers): { sql: string; params: Param[] } {
  if (m.kind === 'table')
    return {
      sql: `SELECT DISTINCT gm.geo_code AS code FROM geo_group_member gm JOIN geo g ON g.code = gm.geo_code
  WHERE gm.group_code = ? AND gm.geo_code <> ?`,
      params: [m.groupCode, m.exclude],
    };
  return {
    sql: `SELECT p.geo_code AS code FROM observation p JOIN geo g ON g.code = p.geo_code
  WHERE p.indicator_id = 'population' AND p.sex = 'all' AND p.age = 'all' AND p.status = 'ok'
    AND p.period_from = ? AND p.period_to = ? AND g.level = 'municipality'
    AND p.value >= ? AND (CAST(? AS DOUBLE) IS NULL OR p.value < CAST(? AS DOUBLE)) AND p.geo_code <> ?`,
    params: [m.year, m.year, m.min, m.max, m.max, m.exclude],
  };
}

/**
 * A group's value for each indicator, period, sex and age, from the members that have an ok
 * figure: the mean weighted by each member's denominator where every member's is known
 * (respondents or the denominator for shares; the denominator, else the population of the same
 * band on 1 January of the year the period ends, for rates), otherwise the median. Counts are left
 * out (a sum or mean of counts of places of different size says nothing). Gives how many members
 * have figures and how many the group has.
 */
export function groupValues(m: GroupMembers, indicatorIds: string[]): Query<GroupValueRow> {
  const members = membersSql(m);
  const sql = `WITH members AS (${members.sql}),
figs AS (
  SELECT o.indicator_id, o.period_from, o.period_to, o.sex, o.age, o.value, s.publisher,
    CASE WHEN i.unit = 'percent' THEN coalesce(o.respondents::DOUBLE, o.denominator)
      ELSE coalesce(o.denominator, pop.value) END AS weight
  FROM observation o
  JOIN members mb ON mb.code = o.geo_code
  JOIN indicator i ON i.id = o.indicator_id
  LEFT JOIN source s ON s.id = o.source_id
  LEFT JOIN observation pop ON pop.indicator_id = 'population' AND pop.geo_code = o.geo_code
    AND pop.sex = o.sex AND pop.age = o.age AND pop.period_from = o.period_to
    AND pop.period_to = o.period_to AND pop.status = 'ok'
  WHERE o.indicator_id IN (${placeholders(indicatorIds.length)}) AND o.status = 'ok'
    AND o.value IS NOT NULL AND i.unit <> 'count' AND o.indicator_id <> 'population'
)
SELECT indicator_id, period_from, period_to, sex, age,
  CASE WHEN count(weight) = count(*) AND sum(weight) > 0 THEN sum(value * weight) / sum(weight)
    ELSE median(value) END AS value,
  CASE WHEN count(weight) = count(*) AND sum(weight) > 0 THEN 'weighted' ELSE 'median' END AS method,
  count(*)::INTEGER AS members_with,
  (SELECT count(*) FROM members)::INTEGER AS members_of,
  string_agg(DISTINCT publisher, '; ' ORDER BY publisher) AS publishers
FROM figs
GROUP BY indicator_id, period_from, period_to, sex, age
ORDER BY indicator_id, sex, age, period_from, period_to`;
  return typedQuery(sql, [...members.params, ...indicatorIds], groupValueRow);
}

/** The members of a group, with their population in the year the group is drawn on (size groups). */
export function groupMembers(m: GroupMembers, year: number): Query<GroupMemberRow> {
  const members = membersSql(m);
  return typedQuery(
    `WITH members AS (${members.sql})
SELECT g.code, g.name, p.value AS population
FROM members mb JOIN geo g ON g.code = mb.code
LEFT JOIN observation p ON p.indicator_id = 'population' AND p.geo_code = g.code AND p.sex = 'all'
  AND p.age = 'all' AND p.period_from = ? AND p.period_to = ? AND p.status = 'ok'
ORDER BY g.code`,
    [...members.params, year, year],
    groupMemberRow,
  );
}

/** A place's latest population figure (all ages, both sexes): the year and the number. */
export function placePopulation(geo: string): Query<PlacePopulationRow> {
  return typedQuery(
    `SELECT period_to AS year, value AS population FROM observation
WHERE indicator_id = 'population' AND geo_code = ? AND sex = 'all' AND age = 'all' AND status = 'ok'
  AND value IS NOT NULL
ORDER BY period_to DESC LIMIT 1`,
    [geo],
    placePopulationRow,
  );
}
