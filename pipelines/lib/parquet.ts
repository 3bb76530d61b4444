import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { OBSERVATION_KEY, TABLES, type Row, type TableName } from '../../src/domain/contract.ts';
import { quoteIdent, quoteLiteral } from '../../src/sql/quote.ts';
import { SQL_TYPE } from '../../src/sql/coded.ts';

/** CREATE TABLE text for a contract table. */
export function createTableSql(table: TableName): string {
  const cols = TABLES[table].map(
    (c) => `${quoteIdent(c.name)} ${SQL_TYPE[c.type]}${c.nullable ? '' : ' NOT NULL'}`,
  );
  return `CREATE TABLE ${quoteIdent(table)} (${cols.join(', ')})`;
}

/** Sort order at rest: what views filter on first, so DuckDB can skip row groups. */
export const SORT_KEYS: Record<TableName, string[]> = {
  geo: ['code'],
  geo_change: ['old_code', 'year'],
  theme: ['id'],
  indicator: ['id'],
  observation: [...OBSERVATION_KEY],
  source: ['id'],
  plan: ['id'],
  measure: ['plan_id', 'id'],
  measure_link: ['measure_id', 'theme_id', 'indicator_id'],
};

/** A single-threaded in-memory DuckDB (deterministic output order). */
export async function openDuckDb(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  return db.connect();
}

/** Loads rows into a fresh contract table on the connection. */
export async function loadRows(
  conn: DuckDBConnection,
  table: TableName,
  rows: Row[],
): Promise<void> {
  await conn.run(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
  await conn.run(createTableSql(table));
  const appender = await conn.createAppender(table);
  const specs = TABLES[table];
  for (const row of rows) {
    for (const spec of specs) {
      const v = row[spec.name];
      if (v === null || v === undefined) appender.appendNull();
      else if (spec.type === 'text') appender.appendVarchar(String(v));
      else if (spec.type === 'int') appender.appendInteger(Number(v));
      else appender.appendDouble(Number(v));
    }
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * Writes rows as a Parquet file, sorted by the table's keys, atomically (temp file, then rename).
 * Returns the file's sha256.
 */
export async function writeParquet(table: TableName, rows: Row[], path: string): Promise<string> {
  const conn = await openDuckDb();
  try {
    await loadRows(conn, table, rows);
    const tmp = `${path}.tmp-${process.pid}`;
    const order = SORT_KEYS[table].map(quoteIdent).join(', ');
    await conn.run(
      `COPY (SELECT * FROM ${quoteIdent(table)} ORDER BY ${order}) TO ${quoteLiteral(tmp)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`,
    );
    renameSync(tmp, path);
  } catch (e) {
    rmSync(`${path}.tmp-${process.pid}`, { force: true });
    throw e;
  } finally {
    conn.closeSync();
  }
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
