/**
 * The SQL console's guard on duckdb-wasm's own engine (the browser's wasm, run in Node): which
 * statements it runs and which it refuses, and that what it accepts agrees with DuckDB's statement
 * type as DuckDB's C API reports it (DuckDB for Node).
 */
import { DuckDBInstance, StatementType, type DuckDBConnection } from '@duckdb/node-api';
import { tableToIPC, tableFromArrays } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleStatement } from '../../src/db/console-guard.ts';
import { sealProblems } from '../../src/db/seal.ts';
import { ConsoleRefused, type Refusal } from '../../src/sql/console.ts';
import { UPLOAD_DIR } from '../../src/sql/open-table.ts';
import { sealSettingsQuery, sealStatements } from '../../src/sql/seal.ts';
import { openWasm, type WasmDb } from './wasm-duckdb.ts';

let w: WasmDb;
let node: DuckDBConnection;

const TABLES = [
  "CREATE TABLE geo AS SELECT * FROM (VALUES ('1554', 'Averøy'), ('0', 'Norge')) t(geo_code, name)",
  'CREATE TABLE observation AS SELECT 1554 AS geo_code, 25.0 AS value',
];

beforeAll(async () => {
  w = await openWasm();
  for (const t of TABLES) w.sql(t);
  for (const q of sealStatements()) w.sql(q.sql);
  node = await (await DuckDBInstance.create(':memory:')).connect();
  for (const s of [
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    'SET enable_external_access = false',
    ...TABLES,
  ])
    await node.run(s);
}, 180_000);
afterAll(() => {
  w.conn.close();
  node.closeSync();
});

/** The seal's settings as DuckDB reports them (the app's query, with its parameters). */
async function sealRows(db: WasmDb) {
  const q = sealSettingsQuery();
  return (await db.engine.run(q.sql, q.params)).rows;
}

/** The console's outcome: the rows, or the refusal. Other errors (DuckDB's own) are thrown. */
async function outcome(sql: string): Promise<{ rows: unknown[] } | Refusal> {
  try {
    return { rows: (await runConsoleStatement(w.engine, sql)).rows };
  } catch (e) {
    if (e instanceof ConsoleRefused) return e.refusal;
    throw e;
  }
}

const READS = [
  'SELECT 1 AS one',
  '  -- a comment\n  WITH x AS (SELECT 1 AS n) SELECT * FROM x',
  '/* SET threads = 1 */ FROM geo',
  'FROM geo SELECT name',
  'VALUES (1), (2)',
  'TABLE geo',
  'DESCRIBE observation',
  'DESCRIBE SELECT * FROM geo',
  'SUMMARIZE geo',
  'SHOW TABLES',
  "PIVOT geo ON geo_code IN ('1554', '0') USING first(name)",
  'EXPLAIN SELECT * FROM geo',
  'EXPLAIN ANALYZE SELECT count(*) FROM observation',
  'EXPLAIN (SELECT 1)',
  '(SELECT 1) UNION ALL (SELECT 2)',
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t',
  'WITH "insert" AS (SELECT 1 AS "delete") SELECT "delete" FROM "insert"',
  'SELECT 1;',
  'SELECT \'a;b\' AS "x;y"',
  'SELECT $$ ; SET threads = 1 $$ AS s',
  "SELECT name, value FROM duckdb_settings() WHERE name = 'lock_configuration'",
  "SELECT * FROM query('SELECT 1 AS q')",
  'SELECT * FROM range(3)',
];

describe('the console runs reading statements', () => {
  it.each(READS)('%j', async (sql) => {
    const r = await outcome(sql);
    expect(r).toHaveProperty('rows');
  });

  it('returns the rows as written', async () => {
    expect(await outcome("SELECT name FROM geo WHERE geo_code = '1554'")).toEqual({
      rows: [{ name: 'Averøy' }],
    });
  });
});

const REFUSED: [string, Refusal][] = [
  ['', { kind: 'empty' }],
  ['  -- only a comment', { kind: 'empty' }],
  ['SELECT 1; SET threads = 1', { kind: 'multiple' }],
  ['SELECT 1; SELECT 2', { kind: 'multiple' }],
  ['/* */ SET autoinstall_known_extensions = true', { kind: 'statement', word: 'set' }],
  ['EXPLAIN ANALYZE SET autoinstall_known_extensions = true', { kind: 'statement', word: 'set' }],
  ['EXPLAIN ANALYZE LOAD json', { kind: 'statement', word: 'load' }],
  ["EXPLAIN ANALYZE COPY (SELECT * FROM geo) TO 'leak.csv'", { kind: 'statement', word: 'copy' }],
  ['EXPLAIN EXPLAIN SELECT 1', { kind: 'statement', word: 'explain' }],
  ['RESET threads', { kind: 'statement', word: 'reset' }],
  ['PRAGMA enable_profiling', { kind: 'statement', word: 'pragma' }],
  ['CALL enable_logging()', { kind: 'statement', word: 'call' }],
  ['INSTALL httpfs', { kind: 'statement', word: 'install' }],
  ['LOAD json', { kind: 'statement', word: 'load' }],
  ["ATTACH ':memory:' AS other", { kind: 'statement', word: 'attach' }],
  ['DETACH other', { kind: 'statement', word: 'detach' }],
  ["EXPORT DATABASE 'dump'", { kind: 'statement', word: 'export' }],
  ["IMPORT DATABASE 'dump'", { kind: 'statement', word: 'import' }],
  ["CREATE SECRET s (TYPE http, BEARER_TOKEN 'x')", { kind: 'statement', word: 'create' }],
  ['CREATE TABLE t AS SELECT 1', { kind: 'statement', word: 'create' }],
  ['INSERT INTO geo VALUES (1, 2)', { kind: 'statement', word: 'insert' }],
  ['DELETE FROM observation', { kind: 'statement', word: 'delete' }],
  ["UPDATE geo SET name = 'x'", { kind: 'statement', word: 'update' }],
  ['DROP TABLE geo', { kind: 'statement', word: 'drop' }],
  ['CHECKPOINT', { kind: 'statement', word: 'checkpoint' }],
  ['BEGIN TRANSACTION', { kind: 'statement', word: 'begin' }],
  ['USE memory', { kind: 'statement', word: 'use' }],
  ['SET VARIABLE v = 1', { kind: 'statement', word: 'set' }],
  ["COPY geo TO 'leak.csv'", { kind: 'statement', word: 'copy' }],
  [
    'WITH x AS (SELECT 1 AS a) INSERT INTO geo SELECT a, a FROM x',
    { kind: 'statement', word: 'insert' },
  ],
  ['WITH x AS (SELECT 1) DELETE FROM geo', { kind: 'statement', word: 'delete' }],
  ["WITH x AS (SELECT 1) UPDATE geo SET name = 'x'", { kind: 'statement', word: 'update' }],
  ['SELECT * FROM enable_logging()', { kind: 'function', name: 'enable_logging' }],
  [
    "SELECT * FROM query('SELECT * FROM enable_logging()')",
    { kind: 'function', name: 'enable_logging' },
  ],
  [
    'SELECT * FROM geo, LATERAL (SELECT * FROM disable_logging())',
    { kind: 'function', name: 'disable_logging' },
  ],
  [
    'SELECT (SELECT count(*) FROM force_checkpoint())',
    { kind: 'function', name: 'force_checkpoint' },
  ],
  ['SELECT * FROM "checkpoint"()', { kind: 'function', name: 'checkpoint' }],
  ['FROM truncate_duckdb_logs()', { kind: 'function', name: 'truncate_duckdb_logs' }],
];

describe('the console refuses everything else, with the reason', () => {
  it.each(REFUSED)('%j', async (sql, refusal) => {
    expect(await outcome(sql)).toEqual(refusal);
  });

  it('passes DuckDB’s own errors on (unknown table, the seal)', async () => {
    await expect(outcome('SELECT * FROM nowhere')).rejects.toThrow(/nowhere/);
    await expect(
      outcome("SELECT * FROM read_csv('https://example.com/leak.csv?n=1')"),
    ).rejects.toThrow(/disabled by configuration/);
    // In the browser: "Extension Autoloading Error … disabled through configuration"; in Node the
    // wasm runtime has no replacement scan for URLs and reports a missing table.
    await expect(outcome("SELECT * FROM 'https://example.org/x.parquet'")).rejects.toThrow();
    await expect(outcome("SELECT * FROM glob('*')")).rejects.toThrow(/disabled by configuration/);
  });

  it('reads a string with a semicolon and SET inside as one string, running nothing else', async () => {
    expect(await outcome("SELECT E'\\' ; SET threads = 1 --' AS s")).toEqual({
      rows: [{ s: "' ; SET threads = 1 --" }],
    });
  });

  it('changed no setting and no table meanwhile', async () => {
    expect(sealProblems(await sealRows(w))).toEqual([]);
    expect(w.sql("SELECT value FROM duckdb_settings() WHERE name = 'enable_logging'").rows).toEqual(
      [{ value: '0' }],
    );
    expect(w.sql('SELECT count(*) AS n FROM geo').rows).toEqual([{ n: 2 }]);
  });
});

/** DuckDB's C API statement types of each statement in `sql`, or null when DuckDB cannot prepare one. */
async function cApiTypes(sql: string): Promise<StatementType[] | null> {
  try {
    const extracted = await node.extractStatements(sql);
    const types: StatementType[] = [];
    for (let i = 0; i < extracted.count; i++)
      types.push((await extracted.prepare(i)).statementType);
    return types;
  } catch {
    return null;
  }
}

describe('the guard agrees with DuckDB’s statement type (C API, DuckDB for Node)', () => {
  const all = [...READS, ...REFUSED.map(([sql]) => sql)];
  const compared: string[] = [];
  it.each(all)('%j', async (sql) => {
    const types = await cApiTypes(sql);
    if (types === null) return; // DuckDB for Node cannot bind it either (e.g. an extension it lacks)
    compared.push(sql);
    const readOnly =
      types.length === 1 &&
      (types[0] === StatementType.SELECT || types[0] === StatementType.EXPLAIN);
    const r = await outcome(sql);
    if ('rows' in r) expect(readOnly, `accepted, but DuckDB says ${types.join(',')}`).toBe(true);
    else if (r.kind !== 'function' && r.kind !== 'empty' && !sql.startsWith('EXPLAIN'))
      expect(readOnly, `refused, but DuckDB says one SELECT`).toBe(false);
  });
  it('compared most statements (DuckDB for Node could prepare them)', () => {
    console.log(`compared with DuckDB's C API: ${compared.length} of ${all.length}`);
    expect(compared.length).toBeGreaterThan(all.length * 0.75);
  });
});

describe('the seal', () => {
  it('is not there on a fresh database, is after sealStatements, and then holds', async () => {
    const fresh = await openWasm();
    const before = sealProblems(await sealRows(fresh)).map((p) => p.name);
    expect(before).toEqual(
      expect.arrayContaining([
        'enable_external_access',
        'lock_configuration',
        'autoload_known_extensions',
      ]),
    );
    // "Åpne som tabell": the seal names the upload directory before the lock; files there are
    // read, nothing else.
    fresh.db.registerFileText(`${UPLOAD_DIR}one.csv`, 'a;b\n1;2\n');
    fresh.db.registerFileText('elsewhere.csv', 'a;b\n3;4\n');
    fresh.db.registerFileText('/elsewhere/two.csv', 'a;b\n5;6\n');
    for (const s of sealStatements()) fresh.sql(s.sql);
    expect(sealProblems(await sealRows(fresh))).toEqual([]);
    expect(() => fresh.sql('SET enable_external_access = true')).toThrow(/locked/);
    expect(() => fresh.sql('SET lock_configuration = false')).toThrow(/locked/);
    expect(() => fresh.sql('RESET autoload_known_extensions')).toThrow(/locked/);
    expect(() => fresh.sql("SET allowed_directories = ['/']")).toThrow(/locked/);
    expect(() => fresh.sql("SET allowed_paths = ['/elsewhere/two.csv']")).toThrow(/locked/);
    expect(fresh.sql(`SELECT a, b FROM read_csv('${UPLOAD_DIR}one.csv')`).rows).toEqual([
      { a: 1, b: 2 },
    ]);
    for (const path of [
      'elsewhere.csv',
      '/elsewhere/two.csv',
      `${UPLOAD_DIR}../elsewhere.csv`,
      `${UPLOAD_DIR}../elsewhere/two.csv`,
      'https://example.com/x.csv',
    ])
      expect(() => fresh.sql(`SELECT * FROM read_csv('${path}')`), path).toThrow(/disabled/);
    fresh.conn.close();
  });

  it('keeps Arrow inserts (imports, edits) working after the seal', () => {
    const ipc = tableToIPC(
      tableFromArrays({ code: ['3320'], v: Float64Array.from([1.5]) }),
      'stream',
    );
    w.conn.insertArrowFromIPCStream(ipc, { name: 'staged', create: true });
    expect(w.sql('SELECT code, v FROM staged').rows).toEqual([{ code: '3320', v: 1.5 }]);
    w.sql('DROP TABLE staged');
  });

  it('refuses read_csv of a registered in-memory file outside the upload directory', () => {
    w.db.registerFileText('import/one.csv', 'a;b\n1;2\n');
    expect(() => w.sql("SELECT * FROM read_csv('import/one.csv')")).toThrow(
      /disabled by configuration/,
    );
    w.db.dropFile('import/one.csv');
  });
});
