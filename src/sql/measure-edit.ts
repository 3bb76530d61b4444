import { TABLES } from '../domain/contract.ts';
import type { MeasureOverlay } from '../domain/measure-overlay.ts';
import type { Param, Query, Statement } from './query.ts';
import { placeholders } from './query.ts';
import { quoteIdent } from './quote.ts';
import {
  indicatorPickRow,
  linkRow,
  measureListRow,
  measureRow,
  planPickRow,
  type IndicatorPickRow,
  type LinkRow,
  type MeasureContractRow,
  type MeasureListRow,
  type PlanPickRow,
} from './rows.ts';

const MEASURE_COLS = TABLES.measure.map((c) => c.name);
const LINK_COLS = TABLES.measure_link.map((c) => c.name);

/** Keeps the embedded measures and links as they came, so edits can be shown against them. */
export function keepOriginals(): Statement[] {
  return [
    { sql: 'CREATE TABLE IF NOT EXISTS measure_original AS SELECT * FROM measure', params: [] },
    {
      sql: 'CREATE TABLE IF NOT EXISTS measure_link_original AS SELECT * FROM measure_link',
      params: [],
    },
  ];
}

/** Removes a measure and its links. */
export function deleteMeasure(id: string): Statement[] {
  return [
    { sql: 'DELETE FROM measure_link WHERE measure_id = ?', params: [id] },
    { sql: 'DELETE FROM measure WHERE id = ?', params: [id] },
  ];
}

/** Inserts a measure row (contract columns, in contract order). */
export function insertMeasure(row: Record<string, Param>): Statement {
  return {
    sql: `INSERT INTO measure (${MEASURE_COLS.map(quoteIdent).join(', ')}) VALUES (${placeholders(MEASURE_COLS.length)})`,
    params: MEASURE_COLS.map((c) => row[c] ?? null),
  };
}

/** Inserts a link row. */
export function insertLink(row: Record<string, Param>): Statement {
  return {
    sql: `INSERT INTO measure_link (${LINK_COLS.map(quoteIdent).join(', ')}) VALUES (${placeholders(LINK_COLS.length)})`,
    params: LINK_COLS.map((c) => row[c] ?? null),
  };
}

/** Puts the embedded measures and links back as they came (after `keepOriginals`). */
export function restoreOriginals(): Statement[] {
  return [
    { sql: 'DELETE FROM measure_link', params: [] },
    { sql: 'DELETE FROM measure', params: [] },
    { sql: 'INSERT INTO measure SELECT * FROM measure_original', params: [] },
    { sql: 'INSERT INTO measure_link SELECT * FROM measure_link_original', params: [] },
  ];
}

/**
 * Every statement that puts the embedded measures back and applies the user's overlay on top:
 * deleted measures go, edited and added ones replace their rows and links. Idempotent.
 */
export function overlayStatements(overlay: MeasureOverlay): Statement[] {
  const out = [...keepOriginals(), ...restoreOriginals()];
  for (const id of overlay.deleted) out.push(...deleteMeasure(id));
  for (const [id, { measure, links }] of Object.entries(overlay.put)) {
    out.push(...deleteMeasure(id), insertMeasure(measure));
    for (const l of links) out.push(insertLink({ ...l }));
  }
  return out;
}

/** Every measure with its plan, its links as text, and whether it differs from the embedded original. */
export function allMeasures(): Query<MeasureListRow> {
  return {
    decode: measureListRow,
    sql: `WITH links AS (
  SELECT measure_id,
    string_agg(CASE WHEN theme_id IS NOT NULL AND indicator_id IS NULL THEN theme_id END, '|' ORDER BY theme_id) AS theme_ids,
    string_agg(CASE WHEN indicator_id IS NOT NULL THEN indicator_id || ':' || expected_direction END, '|' ORDER BY indicator_id) AS indicator_links
  FROM measure_link GROUP BY measure_id)
SELECT m.*, p.title AS plan_title, p.geo_code, g.name AS geo_name, l.theme_ids, l.indicator_links,
  CASE WHEN o.id IS NULL THEN 'added'
       WHEN m.title IS DISTINCT FROM o.title OR m.goal IS DISTINCT FROM o.goal OR m.status IS DISTINCT FROM o.status
         OR m.responsible IS DISTINCT FROM o.responsible OR m.due_text IS DISTINCT FROM o.due_text
         OR m.start_year IS DISTINCT FROM o.start_year OR m.cost_text IS DISTINCT FROM o.cost_text
         OR m.target_groups IS DISTINCT FROM o.target_groups OR m.prevention_level IS DISTINCT FROM o.prevention_level THEN 'edited'
       ELSE '' END AS changed
FROM measure m
JOIN plan p ON p.id = m.plan_id
JOIN geo g ON g.code = p.geo_code
LEFT JOIN links l ON l.measure_id = m.id
LEFT JOIN measure_original o ON o.id = m.id
ORDER BY p.geo_code, m.plan_id, m.id`,
    params: [],
  };
}

/** The embedded original of a measure (to show what an edit changed). */
export function originalMeasure(id: string): Query<MeasureContractRow> {
  return {
    decode: measureRow,
    sql: `SELECT ${MEASURE_COLS.map(quoteIdent).join(', ')} FROM measure_original WHERE id = ?`,
    params: [id],
  };
}

/** Every plan with its place, for the editor's plan picker. */
export function allPlans(): Query<PlanPickRow> {
  return {
    decode: planPickRow,
    sql: 'SELECT p.id, p.title, p.geo_code, g.name AS geo_name FROM plan p JOIN geo g ON g.code = p.geo_code ORDER BY g.name, p.period_from',
    params: [],
  };
}

/** Every indicator, for the editor's link picker. */
export function allIndicators(): Query<IndicatorPickRow> {
  return {
    decode: indicatorPickRow,
    sql: 'SELECT id, name_nb, name_en, theme_id FROM indicator ORDER BY name_nb',
    params: [],
  };
}

/** Every measure link. */
export function allLinks(): Query<LinkRow> {
  return {
    decode: linkRow,
    sql: 'SELECT measure_id, theme_id, indicator_id, expected_direction FROM measure_link ORDER BY measure_id, theme_id NULLS FIRST, indicator_id',
    params: [],
  };
}

/** The embedded original links of a measure (to show the plan's version beside an edit). */
export function originalLinks(id: string): Query<LinkRow> {
  return {
    decode: linkRow,
    sql: 'SELECT measure_id, theme_id, indicator_id, expected_direction FROM measure_link_original WHERE measure_id = ? ORDER BY theme_id NULLS FIRST, indicator_id',
    params: [id],
  };
}
