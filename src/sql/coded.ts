/**
 * The coded observation table. In DuckDB, `observation` is a view with the contract's columns over
 * `observation_coded`, whose indicator, place and sex are INTEGER keys into three small code tables
 * (`code_indicator_id`, `code_geo_code`, `code_sex`, each `k` → `v`). Why:
 * - DuckDB keeps only the first 8 bytes of a string as a row group's min/max, so ids that share a
 *   long prefix (`med-anti…`, `ungdata-…`) skip no row group; integer keys do.
 * - A query filters the view by the text id (`o.indicator_id IN (?)`): DuckDB finds the few keys
 *   in the code table and pushes their range into the scan of `observation_coded` as a join
 *   filter, so the big table is compared on integers, never cast to text row by row. Parameters
 *   stay plain VARCHAR: they meet only the code tables' VARCHAR column (tests/unit/plans.test.ts
 *   fails when a plan casts a key column).
 * - New ids from an import get new keys (`extendCodes`): no type to alter, no table to rewrite.
 * - Each code table is one hash join for a query over the whole view (a few rows each: cheap for
 *   a filtered query); an aggregation over every figure groups on the keys first and joins the
 *   ids after (`groupedOnKeys`), and there sex as a key groups on integers only (indicator × sex
 *   over 10 M rows: 106–130 ms with sex as text, 81–90 ms as a key). Age, status and source stay
 *   text: few values, dictionary-compressed, never the first filter.
 * Writes go to `observation_coded` through the statements here; everything else reads the view.
 */
import { OBSERVATION_KEY, TABLES, type ColumnSpec, type ColumnType } from '../domain/contract.ts';
import type { Query, Statement } from './query.ts';
import { quoteIdent, quoteLiteral } from './quote.ts';
import { codeBasisRow, codeKeyRow, type CodeBasisRow, type CodeKeyRow } from './rows.ts';

/** DuckDB's type for each contract column type. */
export const SQL_TYPE: Record<ColumnType, string> = {
  text: 'VARCHAR',
  int: 'INTEGER',
  double: 'DOUBLE',
};

/**
 * The table the observation Parquet file is loaded into before it is coded (DuckDB for Node; the
 * browser gets the coded files the build writes).
 */
export const OBSERVATION_LOAD = 'observation_load';
/** The coded table under the `observation` view. */
export const OBSERVATION_CODED = 'observation_coded';

/** The contract columns held as keys, and the key column that holds each. */
export const CODED = [
  { column: 'indicator_id', key: 'indicator_k' },
  { column: 'geo_code', key: 'geo_k' },
  { column: 'sex', key: 'sex_k' },
] as const;

/** A contract column held as a key. */
export type CodedColumn = (typeof CODED)[number]['column'];

/** The code table of a coded column: `k` INTEGER key, `v` the contract's text. */
export const codeTable = (column: CodedColumn) => `code_${column}`;

const codedOf = (name: string) => CODED.find((c) => c.column === name);

/** The columns of `observation_coded`: the contract's, with each coded column's INTEGER key in its place. */
export function codedColumns(): ColumnSpec[] {
  return TABLES.observation.map((c) => {
    const coded = codedOf(c.name);
    return coded ? { name: coded.key, type: 'int', nullable: false } : c;
  });
}

/** The columns of a code table. */
export const CODE_COLUMNS: ColumnSpec[] = [
  { name: 'k', type: 'int', nullable: false },
  { name: 'v', type: 'text', nullable: false },
];

const columnsSql = (cols: ColumnSpec[]) =>
  cols
    .map((c) => `${quoteIdent(c.name)} ${SQL_TYPE[c.type]}${c.nullable ? '' : ' NOT NULL'}`)
    .join(', ');

/**
 * The tables the build writes (scripts/derive-arrow.ts) and the start loads into the empty tables
 * of `createCodedObservation`, already coded and in key order, so the browser neither codes nor
 * sorts: the code tables, then the coded rows.
 */
export const CODED_FILES = [...CODED.map((c) => codeTable(c.column)), OBSERVATION_CODED];

/** The columns of each of CODED_FILES. */
export const codedFileColumns = (table: string): ColumnSpec[] =>
  table === OBSERVATION_CODED ? codedColumns() : CODE_COLUMNS;

/** The empty code tables, the coded table and the `observation` view over them. */
export function createCodedObservation(): Statement[] {
  const codes = CODED.map((c) => ({
    sql: `CREATE OR REPLACE TABLE ${codeTable(c.column)} (${columnsSql(CODE_COLUMNS)})`,
    params: [],
  }));
  const table = {
    sql: `CREATE OR REPLACE TABLE ${OBSERVATION_CODED} (${columnsSql(codedColumns())})`,
    params: [],
  };
  const select = TABLES.observation.map((c) => {
    const coded = codedOf(c.name);
    return coded ? `c${CODED.indexOf(coded)}.v AS ${c.name}` : `o.${quoteIdent(c.name)}`;
  });
  const joins = CODED.map((c, i) => `JOIN ${codeTable(c.column)} c${i} ON c${i}.k = o.${c.key}`);
  const view = {
    sql: `CREATE OR REPLACE VIEW observation AS SELECT ${select.join(', ')}\nFROM ${OBSERVATION_CODED} o ${joins.join(' ')}`,
    params: [],
  };
  return [...codes, table, view];
}

/**
 * The stored order of `observation_coded`: the contract's key (OBSERVATION_KEY) with each coded
 * column's INTEGER key in its place, so the big table's zone maps are on the keys a filter meets.
 * `coded(i, key)` and `plain(column)` name the columns where the rows come from.
 */
export function codedKeyOrder(
  coded: (i: number, key: string) => string,
  plain: (column: string) => string,
): string {
  return OBSERVATION_KEY.map((k) => {
    const c = codedOf(k);
    return c ? coded(CODED.indexOf(c), c.key) : plain(k);
  }).join(', ');
}

/**
 * An aggregation over every figure, grouped on the integer keys first and the text ids joined to
 * the groups after: the `observation` view joins every code table to every row before DuckDB can
 * group (it does not push an aggregate below a join), so a query over the whole view pays a hash
 * join per code table and figure, and groups on text. `columns` are contract columns to group by
 * (coded or not); `aggregates` and `where` may name the table's plain columns as `o.<column>`, and
 * `where` a coded column's value through `codedIs`. The result has `columns` first, then the
 * aggregates' own names. On 10 M synthetic rows (DuckDB for Node, one thread) indicator × sex over
 * the view took 160–190 ms, this 81–90 ms (106–120 ms while sex was text).
 */
export function groupedOnKeys(columns: string[], aggregates: string, where = ''): string {
  const coded = CODED.filter((c) => columns.includes(c.column));
  const inner = columns.map((name) => {
    const c = codedOf(name);
    return c ? `o.${c.key}` : `o.${quoteIdent(name)}`;
  });
  const outer = columns.map((name) => {
    const c = codedOf(name);
    return c ? `d${CODED.indexOf(c)}.v AS ${quoteIdent(name)}` : `g.${quoteIdent(name)}`;
  });
  const keys = coded.map((c) => c.key);
  const joins = coded
    .map((c) => {
      const i = CODED.indexOf(c);
      return `JOIN ${codeTable(c.column)} d${i} ON d${i}.k = g.${c.key}`;
    })
    .join(' ');
  const rest = `g.* EXCLUDE (${[...keys, ...columns.filter((n) => !codedOf(n)).map(quoteIdent)].join(', ')})`;
  return `SELECT ${outer.join(', ')}, ${rest}
FROM (SELECT ${inner.join(', ')}, ${aggregates} FROM ${OBSERVATION_CODED} o${where ? ` WHERE ${where}` : ''} GROUP BY ALL) g ${joins}`;
}

/**
 * A condition on `observation_coded o` that a coded column holds `value` (an SQL expression), for
 * `groupedOnKeys`: the key is looked up in the code table.
 */
export function codedIs(column: CodedColumn, value: string): string {
  const c = codedOf(column) as (typeof CODED)[number];
  return `o.${c.key} IN (SELECT k FROM ${codeTable(column)} WHERE v = ${value})`;
}

/** Reads a coded table back in its stored order (key order), for the build's Arrow files. */
export function codedFileQuery(table: string): string {
  const order = table === OBSERVATION_CODED ? codedKeyOrder((_, key) => key, quoteIdent) : 'k';
  return `SELECT * FROM ${quoteIdent(table)} ORDER BY ${order}`;
}

/**
 * Gives every id in `from` (a table with the contract's observation columns) that has no key yet
 * the next free keys, in id order.
 */
export function extendCodes(from: string): Statement[] {
  const src = quoteIdent(from);
  return CODED.map((c) => {
    const t = codeTable(c.column);
    return {
      sql: `INSERT INTO ${t} SELECT (SELECT coalesce(max(k), 0) FROM ${t}) + (row_number() OVER (ORDER BY v))::INTEGER, v
FROM (SELECT DISTINCT s.${c.column} AS v FROM ${src} s WHERE s.${c.column} IS NOT NULL AND s.${c.column} NOT IN (SELECT v FROM ${t}))`,
      params: [],
    };
  });
}

/** The joins from a text-keyed relation `s` to the code tables (aliases c0, c1, c2). */
const JOIN_CODES = CODED.map(
  (c, i) => `LEFT JOIN ${codeTable(c.column)} c${i} ON c${i}.v = s.${c.column}`,
).join(' ');

/**
 * The rows of `from` (text ids, all with keys after `extendCodes`) with the coded table's columns,
 * sorted in its stored order (`codedKeyOrder`; sorting on the integer keys took a third of the time
 * of sorting on the text ids: 1.36 M rows in 0.6–1.0 s against 1.6–1.9 s, DuckDB for Node, one
 * thread). A row whose id has no key has a NULL key, which the coded table refuses.
 */
function codedSelect(from: string): string {
  const select = TABLES.observation.map((c) => {
    const coded = codedOf(c.name);
    return coded
      ? `c${CODED.indexOf(coded)}.k AS ${coded.key}`
      : `s.${quoteIdent(c.name)} AS ${quoteIdent(c.name)}`;
  });
  return `SELECT ${select.join(', ')}
FROM ${quoteIdent(from)} s ${JOIN_CODES}
ORDER BY ${codedKeyOrder(
    (i) => `c${i}.k`,
    (k) => `s.${k}`,
  )}`;
}

/** Appends the rows of `from` (text ids, all with keys) to the coded table as one sorted run. */
export function insertCoded(from: string): Statement {
  return { sql: `INSERT INTO ${OBSERVATION_CODED} ${codedSelect(from)}`, params: [] };
}

/**
 * Writes the rows of `from` (text ids, all with keys) coded and sorted into the table `to`, the
 * coded table's columns: an import's figures are coded once, then compared with the figures
 * there, deleted by key and appended, all on integer keys (`deleteSameKeys`, `appendCoded`).
 */
export function stageCoded(from: string, to: string): Statement {
  return { sql: `CREATE OR REPLACE TABLE ${quoteIdent(to)} AS ${codedSelect(from)}`, params: [] };
}

/**
 * Appends the rows of `from` (written by `stageCoded`) to the coded table in their order: one run
 * sorted on the keys, so the zone maps still skip most row groups, and nothing is sorted again.
 */
export function appendCoded(from: string): Statement {
  const cols = codedColumns()
    .map((c) => quoteIdent(c.name))
    .join(', ');
  return {
    sql: `INSERT INTO ${OBSERVATION_CODED} (${cols}) SELECT ${cols} FROM ${quoteIdent(from)}`,
    params: [],
  };
}

/** The condition that a row `a` and a row `b` of the coded table's columns have the same key. */
export function sameCodedKey(a: string, b: string): string {
  return OBSERVATION_KEY.map((k) => {
    const c = codedOf(k);
    const col = c ? c.key : k;
    return `${a}.${col} = ${b}.${col}`;
  }).join(' AND ');
}

/** Loads the text-keyed `observation_load` into the coded table, then drops it. */
export function codeLoadedObservation(): Statement[] {
  return [
    ...createCodedObservation(),
    ...extendCodes(OBSERVATION_LOAD),
    insertCoded(OBSERVATION_LOAD),
    { sql: `DROP TABLE ${OBSERVATION_LOAD}`, params: [] },
  ];
}

/**
 * Deletes the coded rows that have the same key (indicator, place, period, sex, age) as a row of
 * `from` (written by `stageCoded`); DuckDB's `Count` column of the result says how many.
 */
export function deleteSameKeys(from: string): string {
  const src = quoteIdent(from);
  const [ind] = CODED;
  return `DELETE FROM ${OBSERVATION_CODED} o
WHERE o.${ind.key} IN (SELECT DISTINCT ${ind.key} FROM ${src})
  AND EXISTS (SELECT 1 FROM ${src} t WHERE ${sameCodedKey('t', 'o')})`;
}

/** Deletes the figures of one source. */
export function deleteSource(sourceId: string): Statement {
  return {
    sql: `DELETE FROM ${OBSERVATION_CODED} WHERE source_id = ?`,
    params: [sourceId],
  };
}

/** The table an embedded file of `table` is loaded into: the observation file is coded after. */
export const loadTableName = (table: string) =>
  table === 'observation' ? OBSERVATION_LOAD : table;

/**
 * Every key of the code tables (`c` the coded column): what the ingest worker codes an import's
 * figures with, so that the commit appends them without coding or sorting (src/imports/coded-copy.ts).
 */
export function codeKeysQuery(): Query<CodeKeyRow> {
  return { sql: everyCodeTable('k, v'), params: [], decode: codeKeyRow };
}

/** `select` from every code table, one after the other, with the coded column's name as `c`. */
const everyCodeTable = (select: string) =>
  CODED.map(
    (c) => `SELECT ${quoteLiteral(c.column)} AS c, ${select} FROM ${codeTable(c.column)}`,
  ).join('\nUNION ALL ');

/**
 * Each code table's size and largest key. Keys are only ever added, each the next after the
 * largest, so an import coded against keys of the same size and largest key was coded against these.
 */
export function codeBasisQuery(): Query<CodeBasisRow> {
  return {
    sql: everyCodeTable('count(*)::INTEGER AS n, coalesce(max(k), 0)::INTEGER AS top'),
    params: [],
    decode: codeBasisRow,
  };
}

/** Adds the keys of `from` (columns `c`, `k`, `v`, as `codeKeysQuery` reads them) to the code tables. */
export function addCodes(from: string): Statement[] {
  return CODED.map((c) => ({
    sql: `INSERT INTO ${codeTable(c.column)} SELECT k, v FROM ${quoteIdent(from)} WHERE c = ${quoteLiteral(c.column)}`,
    params: [],
  }));
}

/**
 * Figures an import replaced, kept while it is here (`replaced_by` is its source): removing the
 * import puts them back (`restoreReplaced`), so taking out a file never takes away the figures it
 * had stood in for, built-in or another import's. In memory with the rest, made again at start-up
 * as kept imports are applied.
 */
export const OBSERVATION_REPLACED = 'observation_replaced';

/** The table of replaced figures, when it is not there yet. */
export function createReplaced(): Statement {
  return {
    sql: `CREATE TABLE IF NOT EXISTS ${OBSERVATION_REPLACED} (${columnsSql(codedColumns())}, replaced_by VARCHAR NOT NULL)`,
    params: [],
  };
}

/**
 * Writes the coded figures that have a key of `from` (the import's coded staging) into `into`,
 * each with the source of the staged figure that replaces it: the one scan of the whole table the
 * comparison needs (`revisedFigures` and the delete then read this, not the table).
 */
export function stageReplaced(from: string, into: string): Statement {
  const src = quoteIdent(from);
  const [ind] = CODED;
  return {
    sql: `CREATE OR REPLACE TABLE ${quoteIdent(into)} AS
SELECT o.*, t.source_id AS replaced_by FROM ${OBSERVATION_CODED} o JOIN ${src} t ON ${sameCodedKey('t', 'o')}
WHERE o.${ind.key} IN (SELECT DISTINCT ${ind.key} FROM ${src})`,
    params: [],
  };
}

/** Keeps the staged replaced figures, except an import's own earlier ones (a file read again). */
export function keepReplaced(from: string): Statement {
  return {
    sql: `INSERT INTO ${OBSERVATION_REPLACED} SELECT * FROM ${quoteIdent(from)} WHERE source_id <> replaced_by`,
    params: [],
  };
}

/**
 * After an import's figures are deleted: the figures it replaced come back, but where another
 * import now holds the key they wait for that one instead; figures of its own that later imports
 * replaced are forgotten.
 */
export function restoreReplaced(sourceId: string): Statement[] {
  const cols = codedColumns()
    .map((c) => quoteIdent(c.name))
    .join(', ');
  const r = OBSERVATION_REPLACED;
  return [
    createReplaced(),
    { sql: `DELETE FROM ${r} WHERE source_id = ?`, params: [sourceId] },
    {
      sql: `UPDATE ${r} SET replaced_by = o.source_id FROM ${OBSERVATION_CODED} o
WHERE ${r}.replaced_by = ? AND ${sameCodedKey(r, 'o')}`,
      params: [sourceId],
    },
    {
      sql: `INSERT INTO ${OBSERVATION_CODED} (${cols}) SELECT ${cols} FROM ${r} WHERE replaced_by = ?`,
      params: [sourceId],
    },
    { sql: `DELETE FROM ${r} WHERE replaced_by = ?`, params: [sourceId] },
  ];
}
