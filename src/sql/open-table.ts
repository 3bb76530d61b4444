/**
 * The SQL that reads a user's file into a table of its own with DuckDB's `read_csv` (its sniffer
 * finds quotes, types and dates; the delimiter, the lines to skip and the decimal mark come from
 * our shape finder), with bad lines collected in reject tables instead of failing the read. The
 * same statements run in DuckDB-wasm (the Data view) and DuckDB for Node (`npm run ingest -- --table`).
 */
import { decoder, num, numOrNull, text, textOrNull } from '../arrow/decode.ts';
import type { Query, Statement } from './query.ts';
import { quoteIdent, quoteLiteral } from './quote.ts';

/** The directory the browser registers users' files under: the only one the seal lets DuckDB read. */
export const UPLOAD_DIR = '/oversikt-upload/';

/** Every table opened from a file is named with this prefix, so the Data view can list them. */
export const OPENED_PREFIX = 'tabell_';

/** How read_csv reads the file (values from src/ingest/table-file.ts, never typed by users). */
export interface ReadCsvOptions {
  /** The file's path: under UPLOAD_DIR in the browser, a scratch file for the command line. */
  path: string;
  delimiter: ';' | ',' | '\t';
  /** Lines above the header. */
  skip: number;
  decimal: '.' | ',';
}

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/**
 * A table name for a file: `Befolkning 2024 (SSB).csv` → `tabell_befolkning_2024_ssb`, lower
 * case ASCII letters, digits and `_`, at most 48 characters, with `_2`, `_3` … when taken.
 */
export function tableNameFor(fileName: string, taken: readonly string[]): string {
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48 - OPENED_PREFIX.length)
    .replace(/_+$/, '');
  const base = `${OPENED_PREFIX}${stem === '' ? 'fil' : stem}`;
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

/** The reject tables of one read (temporary, dropped after the report is read). */
export interface RejectTables {
  errors: string;
  scans: string;
}

/** The reject tables for the read into `table`. */
export function rejectTablesFor(table: string): RejectTables {
  return { errors: `${table}_reject_errors`, scans: `${table}_reject_scans` };
}

/** The `read_csv(…)` call: header on, sniffer on for the rest, rejects stored, not fatal. */
export function readCsvCall(o: ReadCsvOptions, rejects: RejectTables): string {
  if (!Number.isInteger(o.skip) || o.skip < 0) throw new Error(`read_csv: bad skip ${o.skip}`);
  const args = [
    quoteLiteral(o.path),
    `delim = ${quoteLiteral(o.delimiter)}`,
    `skip = ${o.skip}`,
    'header = true',
    `decimal_separator = ${quoteLiteral(o.decimal)}`,
    'store_rejects = true',
    `rejects_table = ${quoteLiteral(rejects.errors)}`,
    `rejects_scan = ${quoteLiteral(rejects.scans)}`,
  ];
  return `read_csv(${args.join(', ')})`;
}

/** Creates `table` from the file. */
export function createTableFromCsv(
  table: string,
  o: ReadCsvOptions,
  rejects: RejectTables,
): Statement {
  return {
    sql: `CREATE TABLE ${quoteIdent(table)} AS SELECT * FROM ${readCsvCall(o, rejects)}`,
    params: [],
  };
}

/** A line DuckDB could not read, as its reject table holds it. */
export const rejectRow = decoder({
  line: num,
  column_idx: numOrNull,
  column_name: textOrNull,
  error_type: text,
  error_message: textOrNull,
  csv_line: textOrNull,
});
export type RejectRow = ReturnType<typeof rejectRow>;

/** The lines the read rejected, by line. */
export function rejectedLines(rejects: RejectTables): Query<RejectRow> {
  return {
    decode: rejectRow,
    sql: `SELECT line::BIGINT AS line, column_idx::INTEGER AS column_idx, column_name, error_type::VARCHAR AS error_type, error_message, csv_line FROM ${quoteIdent(rejects.errors)} ORDER BY line, column_idx`,
    params: [],
  };
}

/** Drops the read's reject tables. */
export function dropRejectTables(rejects: RejectTables): Statement[] {
  return [rejects.errors, rejects.scans].map((t) => ({
    sql: `DROP TABLE IF EXISTS ${quoteIdent(t)}`,
    params: [],
  }));
}

/** A column of a table with the type DuckDB gave it. */
export const columnTypeRow = decoder({ column_name: text, data_type: text });
export type ColumnTypeRow = ReturnType<typeof columnTypeRow>;

/** The columns of a table, in order, with their types. */
export function tableColumns(table: string): Query<ColumnTypeRow> {
  return {
    decode: columnTypeRow,
    sql: 'SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? AND NOT internal ORDER BY column_index',
    params: [table],
  };
}

/** How many rows a table has. */
export const countRow = decoder({ n: num });

/** The row count of one table. */
export function rowCount(table: string): Query<{ n: number }> {
  return {
    decode: countRow,
    sql: `SELECT count(*)::BIGINT AS n FROM ${quoteIdent(table)}`,
    params: [],
  };
}

/**
 * The first query the report suggests for an opened table, as the user would type it: the name
 * bare when it is a plain identifier (every name `tableNameFor` makes is), else quoted.
 */
export function exampleCountSql(table: string): string {
  const name = /^[a-z_][a-z0-9_]*$/.test(table) ? table : quoteIdent(table);
  return `SELECT count(*) FROM ${name}`;
}

/** A table name. */
export const tableNameRow = decoder({ table_name: text });

/** The tables opened from files so far (not the temporary reject tables). */
export function openedTables(): Query<{ table_name: string }> {
  return {
    decode: tableNameRow,
    sql: 'SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND starts_with(table_name, ?) ORDER BY table_name',
    params: [OPENED_PREFIX],
  };
}
