import { placeholders, type Query } from './query.ts';
import {
  linkRow,
  placeIndicatorRow,
  placeMeasureRow,
  placeObsRow,
  planRow,
  themeRow,
  type LinkRow,
  type PlaceIndicatorRow,
  type PlaceMeasureRow,
  type PlaceObsRow,
  type PlanRow,
  type ThemeRow,
} from './rows.ts';

/**
 * Every figure of every indicator a place has, for the place and its reference places, with the
 * indicator's unit, polarity and theme: what the risk rules read.
 */
export function placeObservations(geoCode: string, referenceCodes: string[]): Query<PlaceObsRow> {
  const geos = [geoCode, ...referenceCodes];
  return {
    decode: placeObsRow,
    sql: `SELECT o.indicator_id, o.geo_code, g.name AS geo_name, g.level AS geo_level, o.period_from, o.period_to,
  o.sex, o.age, o.value, o.ci_low, o.ci_high, o.numerator, o.denominator, o.respondents, o.status,
  o.source_id, s.publisher AS source_publisher, s.kind AS source_kind, s.citation AS source_citation, s.title AS source_title
FROM observation o JOIN geo g ON g.code = o.geo_code LEFT JOIN source s ON s.id = o.source_id
WHERE o.indicator_id IN (SELECT DISTINCT indicator_id FROM observation WHERE geo_code = ?)
  AND o.geo_code IN (${placeholders(geos.length)})
ORDER BY o.indicator_id, o.geo_code, o.sex, o.age, o.period_from, o.period_to`,
    params: [geoCode, ...geos],
  };
}

/** The indicators a place has figures for, with their theme. */
export function placeIndicators(geoCode: string): Query<PlaceIndicatorRow> {
  return {
    decode: placeIndicatorRow,
    sql: `SELECT i.id, i.name_nb, i.name_en, i.theme_id, i.unit, i.polarity, i.source_kind, i.population
FROM indicator i WHERE i.id IN (SELECT DISTINCT indicator_id FROM observation WHERE geo_code = ?)
ORDER BY i.theme_id, i.id`,
    params: [geoCode],
  };
}

/** A place's plans. */
export function placePlans(geoCode: string): Query<PlanRow> {
  return {
    decode: planRow,
    sql: `SELECT id, geo_code, title, kind, period_from, period_to, citation FROM plan WHERE geo_code = ? ORDER BY period_from, id`,
    params: [geoCode],
  };
}

/** The measures of a place's plans, with the plan's period. */
export function placeMeasures(geoCode: string): Query<PlaceMeasureRow> {
  return {
    decode: placeMeasureRow,
    sql: `SELECT m.id, m.plan_id, m.goal, m.title, m.target_groups, m.prevention_level, m.responsible, m.start_year,
  m.due_year, m.due_text, m.cost_text, m.status, m.citation, p.title AS plan_title, p.period_from AS plan_from, p.period_to AS plan_to
FROM measure m JOIN plan p ON p.id = m.plan_id
WHERE p.geo_code = ?
ORDER BY m.plan_id, m.id`,
    params: [geoCode],
  };
}

/** The links of a place's measures. */
export function placeLinks(geoCode: string): Query<LinkRow> {
  return {
    decode: linkRow,
    sql: `SELECT l.measure_id, l.theme_id, l.indicator_id, l.expected_direction
FROM measure_link l JOIN measure m ON m.id = l.measure_id JOIN plan p ON p.id = m.plan_id
WHERE p.geo_code = ?
ORDER BY l.measure_id, l.theme_id, l.indicator_id`,
    params: [geoCode],
  };
}

/** All themes. */
export function allThemes(): Query<ThemeRow> {
  return {
    decode: themeRow,
    sql: 'SELECT id, name_nb, name_en, description FROM theme ORDER BY name_nb',
    params: [],
  };
}
