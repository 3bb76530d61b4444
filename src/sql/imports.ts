import { TABLES, type Row, type TableName } from '../domain/contract.ts';
import { placeholders, type Query, type Statement } from './query.ts';
import { countRow, tableRow, type CountRow } from './rows.ts';
import { quoteIdent } from './quote.ts';

const OBS_KEY = ['indicator_id', 'geo_code', 'period_from', 'period_to', 'sex', 'age'];

/** Name of the staging table an import's rows of `table` are inserted into first. */
export const stagingTable = (table: TableName) => `import_staging_${table}`;

/** How many staged figures replace figures already in `observation` (same indicator, place, period, sex, age). */
export function countReplaced(): Query<CountRow> {
  const s = quoteIdent(stagingTable('observation'));
  return {
    decode: countRow,
    sql: `SELECT count(*)::INTEGER AS n FROM observation o WHERE EXISTS (SELECT 1 FROM ${s} t WHERE ${OBS_KEY.map((k) => `t.${k} = o.${k}`).join(' AND ')})`,
    params: [],
  };
}

/** Moves staged figures into `observation`, replacing figures with the same key. */
export function mergeObservations(): Statement[] {
  const s = quoteIdent(stagingTable('observation'));
  return [
    {
      sql: `DELETE FROM observation o WHERE EXISTS (SELECT 1 FROM ${s} t WHERE ${OBS_KEY.map((k) => `t.${k} = o.${k}`).join(' AND ')})`,
      params: [],
    },
    { sql: `INSERT INTO observation SELECT * FROM ${s}`, params: [] },
  ];
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

/** Re-sorts `observation` by indicator, place and period, so filtered queries stay fast after imports. */
export function resortObservations(): Statement {
  return {
    sql: `CREATE OR REPLACE TABLE observation AS SELECT * FROM observation ORDER BY ${OBS_KEY.join(', ')}`,
    params: [],
  };
}

/** Removes an imported source, its figures, and the indicators it created that nothing else uses. */
export function removeImport(sourceId: string, createdIndicators: string[]): Statement[] {
  const out: Statement[] = [
    { sql: 'DELETE FROM observation WHERE source_id = ?', params: [sourceId] },
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
