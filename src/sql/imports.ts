import { OBSERVATION_KEY, TABLES, type Row, type TableName } from '../domain/contract.ts';
import { placeholders, type Query, type Statement } from './query.ts';
import { changedRow, revisedRow, tableRow, type ChangedRow, type RevisedRow } from './rows.ts';
import { quoteIdent } from './quote.ts';
import { deleteSameKeys, deleteSource, extendCodes, insertCoded } from './coded.ts';

/** Name of the staging table an import's rows of `table` are inserted into first. */
export const stagingTable = (table: TableName) => `import_staging_${table}`;

/**
 * Moves staged figures into `observation`, replacing figures with the same key: new ids get their
 * codes first (src/sql/coded.ts), then a DELETE of the replaced keys (its row count, DuckDB's
 * `Count` column, is how many were replaced), then the staged rows appended in the table's sort
 * order. The table is not re-sorted: the new rows form a sorted run of their own, so DuckDB's zone
 * maps still skip most row groups for one indicator, and a 10 M-row table needs no copy of itself
 * (the full re-sort ran out of memory there).
 */
export function mergeObservations(): {
  codes: Statement[];
  remove: Query<ChangedRow>;
  insert: Statement;
} {
  const s = stagingTable('observation');
  return {
    codes: extendCodes(s),
    remove: { decode: changedRow, sql: deleteSameKeys(s), params: [] },
    insert: insertCoded(s),
  };
}

/** At most this many revised figures are listed (all are counted). */
export const REVISED_LISTED = 200;

/**
 * The figures an import revises: staged figures whose key is already in `observation` with another
 * value, interval or status (a publisher such as FHI revises whole series on each release). Run
 * before the merge replaces them; each row carries the total count and the source it replaces.
 */
export function revisedFigures(): Query<RevisedRow> {
  const s = quoteIdent(stagingTable('observation'));
  const on = OBSERVATION_KEY.map((k) => `t.${k} = o.${k}`).join(' AND ');
  const differs = ['value', 'ci_low', 'ci_high', 'status']
    .map((c) => `o.${c} IS DISTINCT FROM t.${c}`)
    .join(' OR ');
  return {
    decode: revisedRow,
    sql: `SELECT o.indicator_id, o.geo_code, g.name AS geo_name, o.period_from, o.period_to, o.sex, o.age,
  o.value AS old_value, o.status AS old_status, t.value AS new_value, t.status AS new_status,
  o.source_id AS old_source, coalesce(src.file_name, src.title) AS old_source_name,
  i.name_nb AS indicator_nb, i.name_en AS indicator_en, count(*) OVER ()::INTEGER AS total
FROM observation o JOIN ${s} t ON ${on} LEFT JOIN geo g ON g.code = o.geo_code
LEFT JOIN indicator i ON i.id = o.indicator_id LEFT JOIN source src ON src.id = o.source_id
WHERE o.indicator_id IN (SELECT DISTINCT indicator_id FROM ${s}) AND (${differs})
ORDER BY o.indicator_id, o.geo_code, o.period_from, o.period_to, o.sex, o.age
LIMIT ${REVISED_LISTED}`,
    params: [],
  };
}

/** Adds staged rows of a table whose key is not there yet (indicators, comparison groups, sources). */
export function insertNew(table: TableName, key: string): Statement {
  const s = quoteIdent(stagingTable(table));
  const t = quoteIdent(table);
  const k = quoteIdent(key);
  return {
    sql: `INSERT INTO ${t} SELECT * FROM ${s} WHERE ${k} NOT IN (SELECT ${k} FROM ${t})`,
    params: [],
  };
}

/** Drops a staging table. */
export function dropStaging(table: TableName): Statement {
  return { sql: `DROP TABLE IF EXISTS ${quoteIdent(stagingTable(table))}`, params: [] };
}

/** Removes an imported source, its figures, and the indicators it created that nothing else uses. */
export function removeImport(sourceId: string, createdIndicators: string[]): Statement[] {
  const out: Statement[] = [
    deleteSource(sourceId),
    { sql: 'DELETE FROM source WHERE id = ?', params: [sourceId] },
  ];
  if (createdIndicators.length > 0) {
    out.push({
      sql: `DELETE FROM indicator WHERE id IN (${placeholders(createdIndicators.length)}) AND id NOT IN (SELECT DISTINCT indicator_id FROM observation)`,
      params: createdIndicators,
    });
  }
  return out;
}

/** The tables an import checks places and indicators against. */
export function ingestContextQueries(): Record<'geo' | 'geo_change' | 'indicator', Query<Row>> {
  const all = (table: 'geo' | 'geo_change' | 'indicator'): Query<Row> => ({
    sql: `SELECT ${TABLES[table].map((c) => quoteIdent(c.name)).join(', ')} FROM ${quoteIdent(table)}`,
    params: [],
    decode: tableRow(table),
  });
  return { geo: all('geo'), geo_change: all('geo_change'), indicator: all('indicator') };
}
