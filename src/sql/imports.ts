import { TABLES, type Row, type TableName } from '../domain/contract.ts';
import { placeholders, type Query, type Statement } from './query.ts';
import { changedRow, revisedRow, tableRow, type ChangedRow, type RevisedRow } from './rows.ts';
import { quoteIdent } from './quote.ts';
import {
  appendCoded,
  CODED,
  codeTable,
  createReplaced,
  deleteSameKeys,
  deleteSource,
  extendCodes,
  keepReplaced,
  restoreReplaced,
  sameCodedKey,
  stageCoded,
  stageReplaced,
} from './coded.ts';

/** Name of the staging table an import's rows of `table` are inserted into first. */
export const stagingTable = (table: TableName) => `import_staging_${table}`;

/** The staged figures coded (src/sql/coded.ts `stageCoded`): what the merge compares and appends. */
export const CODED_STAGING = `${stagingTable('observation')}_coded`;

/** The figures already there that the staged ones replace (`stageReplaced`). */
export const REPLACED_STAGING = `${stagingTable('observation')}_replaced`;

/**
 * Moves staged figures into `observation`, replacing figures with the same key. `codes` gives new
 * ids their keys and writes the staged rows coded and sorted into CODED_STAGING, once; then, all on
 * integer keys, `compare` copies the figures there with a staged key to REPLACED_STAGING (the one
 * scan of the table), `revisedFigures` can list what the import revises, `remove` deletes the
 * replaced keys (its row count, DuckDB's `Count` column, is how many were replaced), `keep` keeps
 * them for the day the import is removed (`removeImport` puts them back) and `insert` appends the
 * coded rows in their order. The table is not re-sorted: the new rows form a sorted run of their
 * own, so DuckDB's zone maps still skip most row groups for one indicator, and a 10 M-row table
 * needs no copy of itself (the full re-sort ran out of memory there). Comparing and deleting on the
 * text ids joined every staged row to the code tables twice more (1.36 M rows into 10 M: revised
 * 0.5–0.7 → 0.2 s, removed 0.8–2.2 → 0.3–0.5 s, appended 1.3–2.7 → 0.25–0.4 s, for 1.7–2.6 s of
 * coding and sorting once; DuckDB for Node, one thread).
 */
export function mergeObservations(): {
  codes: Statement[];
  compare: Statement[];
  remove: Query<ChangedRow>;
  keep: Statement;
  insert: Statement;
} {
  const s = stagingTable('observation');
  return {
    codes: [...extendCodes(s), stageCoded(s, CODED_STAGING)],
    compare: [createReplaced(), stageReplaced(CODED_STAGING, REPLACED_STAGING)],
    remove: { decode: changedRow, sql: deleteSameKeys(REPLACED_STAGING), params: [] },
    keep: keepReplaced(REPLACED_STAGING),
    insert: appendCoded(CODED_STAGING),
  };
}

/** At most this many revised figures are listed (all are counted). */
export const REVISED_LISTED = 200;

/**
 * The figures an import revises: staged figures whose key is already in `observation` with another
 * value, interval or status (a publisher such as FHI revises whole series on each release). Run
 * after the merge's `compare` and before its `remove`; each row carries the total count and the
 * source it replaces, in the contract's key order.
 */
export function revisedFigures(): Query<RevisedRow> {
  const t = quoteIdent(CODED_STAGING);
  const [ind, geo, sex] = CODED;
  const differs = ['value', 'ci_low', 'ci_high', 'status']
    .map((c) => `o.${c} IS DISTINCT FROM t.${c}`)
    .join(' OR ');
  return {
    decode: revisedRow,
    sql: `WITH m AS (
  SELECT o.${ind.key}, o.${geo.key}, o.period_from, o.period_to, o.${sex.key}, o.age,
    o.value AS old_value, o.status AS old_status, t.value AS new_value, t.status AS new_status,
    o.source_id AS old_source
  FROM ${quoteIdent(REPLACED_STAGING)} o JOIN ${t} t ON ${sameCodedKey('t', 'o')} AND (${differs})
)
SELECT ci.v AS indicator_id, cg.v AS geo_code, g.name AS geo_name, m.period_from, m.period_to,
  cs.v AS sex, m.age, m.old_value, m.old_status, m.new_value, m.new_status, m.old_source,
  coalesce(src.file_name, src.title) AS old_source_name,
  i.name_nb AS indicator_nb, i.name_en AS indicator_en, count(*) OVER ()::INTEGER AS total
FROM m JOIN ${codeTable(ind.column)} ci ON ci.k = m.${ind.key}
JOIN ${codeTable(geo.column)} cg ON cg.k = m.${geo.key}
JOIN ${codeTable(sex.column)} cs ON cs.k = m.${sex.key}
LEFT JOIN geo g ON g.code = cg.v LEFT JOIN indicator i ON i.id = ci.v
LEFT JOIN source src ON src.id = m.old_source
ORDER BY indicator_id, geo_code, m.period_from, m.period_to, sex, m.age
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

/** The keys a coded import adds to the code tables, staged (src/imports/coded-copy.ts). */
export const CODES_STAGING = `${stagingTable('observation')}_codes`;

/** Drops a staging table (for figures, also their coded copy and the keys it adds). */
export function dropStaging(table: TableName): Statement[] {
  const names = [
    stagingTable(table),
    ...(table === 'observation' ? [CODED_STAGING, CODES_STAGING, REPLACED_STAGING] : []),
  ];
  return names.map((n) => ({ sql: `DROP TABLE IF EXISTS ${quoteIdent(n)}`, params: [] }));
}

/**
 * Removes an imported source and its figures, puts back the figures it had replaced, and removes
 * the indicators it created that nothing else uses.
 */
export function removeImport(sourceId: string, createdIndicators: string[]): Statement[] {
  const out: Statement[] = [
    deleteSource(sourceId),
    ...restoreReplaced(sourceId),
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
