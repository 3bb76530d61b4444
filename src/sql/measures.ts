import { placeholders, type Query } from './query.ts';
import { annotationRow, type AnnotationRow } from './rows.ts';

/**
 * Measures of a place's plans that are linked directly to some indicators, with their plan and
 * the years they run (start and due, falling back to the plan's period), for chart annotations.
 */
export function measuresForIndicators(
  indicatorIds: string[],
  geoCode: string,
): Query<AnnotationRow> {
  return {
    decode: annotationRow,
    sql: `SELECT l.indicator_id, m.id, m.title, m.status, m.start_year, m.due_year, m.due_text,
  coalesce(m.start_year, p.period_from) AS from_year, coalesce(m.due_year, p.period_to) AS to_year,
  l.expected_direction, p.id AS plan_id, p.title AS plan_title, p.period_from AS plan_from, p.period_to AS plan_to
FROM measure_link l
JOIN measure m ON m.id = l.measure_id
JOIN plan p ON p.id = m.plan_id
WHERE l.indicator_id IN (${placeholders(indicatorIds.length)}) AND p.geo_code = ?
ORDER BY l.indicator_id, from_year, m.id`,
    params: [...indicatorIds, geoCode],
  };
}
