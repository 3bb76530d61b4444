/**
 * "Åpne som tabell": the plan our finders make for DuckDB's read_csv, the SQL it builds, and the
 * read itself with its reject report, run on the project's fixtures through DuckDB for Node and
 * through duckdb-wasm's own engine (the browser's, in Node) behind the app's seal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { openDuckDb } from '../../pipelines/lib/parquet.ts';
import { readTableFile, type TableTx } from '../../src/imports/open-table.ts';
import { bytesSource } from '../../src/ingest/source.ts';
import { planTableFile, type TableFilePlan } from '../../src/ingest/table-file.ts';
import { tableReport } from '../../src/ingest/table-report.ts';
import {
  createTableFromCsv,
  openedTables,
  rejectTablesFor,
  tableNameFor,
  UPLOAD_DIR,
} from '../../src/sql/open-table.ts';
import { decodeRows } from '../../src/sql/query.ts';
import { sealStatements } from '../../src/sql/seal.ts';
import { openWasm, type WasmDb } from './wasm-duckdb.ts';

const DIR = new URL('../fixtures/table/', import.meta.url).pathname;
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

function plan(name: string): TableFilePlan {
  const p = planTableFile(bytesSource(bytesOf(name)));
  if (!p.ok) throw new Error(`${name}: ${p.reason.code}`);
  return p.plan;
}

describe('the plan for read_csv', () => {
  it('finds separator, decimal mark, encoding and the lines above the header', () => {
    expect(plan('clean-decimal-comma.csv')).toMatchObject({
      encoding: 'utf-8',
      separator: ';',
      decimal: ',',
      skip: 0,
      decoded: false,
    });
    expect(plan('latin1.csv')).toMatchObject({
      encoding: 'windows-1252',
      decimal: '.',
      decoded: true,
    });
    const titled = plan('title-sep.csv');
    expect(titled).toMatchObject({ separator: ';', skip: 3, headerLine: 4 });
    expect(titled.notes.map((n) => n.code)).toEqual(['note.sep-line', 'note.preamble']);
  });

  it('hands DuckDB UTF-8: a Latin-1 file is decoded, a UTF-8 file goes as it is', () => {
    const latin = plan('latin1.csv').utf8();
    expect(new TextDecoder('utf-8', { fatal: true }).decode(latin)).toContain('Bærum');
    expect(plan('clean-decimal-comma.csv').utf8()).toEqual(bytesOf('clean-decimal-comma.csv'));
  });

  it('gives the importer’s reason when a file is no table', () => {
    const empty = planTableFile(bytesSource(new Uint8Array()));
    expect(empty).toMatchObject({ ok: false, reason: { code: 'file.empty' } });
    const prose = planTableFile(bytesSource(new TextEncoder().encode('bare tekst\nuten felt\n')));
    expect(prose).toMatchObject({ ok: false, reason: { code: 'file.no-columns' } });
  });
});

describe('the SQL', () => {
  it('names tables from the file, unique, and quotes what it pastes', () => {
    expect(tableNameFor('Befolkning 2024 (SSB).csv', [])).toBe('tabell_befolkning_2024_ssb');
    expect(tableNameFor('Ærøy-Å.TSV', [])).toBe('tabell_aeroy_a');
    expect(tableNameFor('café.txt', ['tabell_cafe', 'tabell_cafe_2'])).toBe('tabell_cafe_3');
    expect(tableNameFor('%%.csv', [])).toBe('tabell_fil');
    const s = createTableFromCsv(
      'tabell_x',
      { path: "/oversikt-upload/it's.csv", delimiter: '\t', skip: 2, decimal: ',' },
      rejectTablesFor('tabell_x'),
    );
    expect(s.sql).toBe(
      `CREATE TABLE "tabell_x" AS SELECT * FROM read_csv('/oversikt-upload/it''s.csv', delim = '\t', skip = 2, header = true, decimal_separator = ',', store_rejects = true, rejects_table = 'tabell_x_reject_errors', rejects_scan = 'tabell_x_reject_scans')`,
    );
  });
});

/** Reads a fixture through `tx` at `path` and returns the report and the table's rows. */
async function readFixture(tx: TableTx, name: string, path: string) {
  const p = plan(name);
  const table = tableNameFor(name, []);
  const report = tableReport(name, table, p, await readTableFile(tx, table, path, p));
  return report;
}

describe('through DuckDB for Node', () => {
  let db: NodeConnector;
  beforeAll(async () => {
    db = new NodeConnector(await openDuckDb());
  });
  afterAll(() => db.close());

  it('reads a clean ; file with decimal commas into typed columns', async () => {
    const r = await readFixture(
      db,
      'clean-decimal-comma.csv',
      join(DIR, 'clean-decimal-comma.csv'),
    );
    expect(r.columns).toEqual([
      { name: 'kommune', type: 'VARCHAR' },
      { name: 'navn', type: 'VARCHAR' },
      { name: 'år', type: 'BIGINT' },
      { name: 'andel', type: 'DOUBLE' },
      { name: 'antall', type: 'BIGINT' },
    ]);
    expect(r).toMatchObject({ rows: 5, rejects: [], rejectedLines: 0 });
    const [sum] = await db.conn
      .runAndReadAll('SELECT sum(andel) AS s, min(kommune) AS k FROM tabell_clean_decimal_comma')
      .then((x) => x.getRowObjectsJS());
    // 12.5 + 11.75 + 9 + 10.25 + 8.5; the leading zero of 0301 kept (the code stays text).
    expect(sum).toEqual({ s: 52, k: '0301' });
  });

  it('reports each rejected line with its line number and DuckDB’s reason, keeping the rest', async () => {
    const r = await readFixture(db, 'two-bad-lines.csv', join(DIR, 'two-bad-lines.csv'));
    expect(r.rows).toBe(4);
    expect(r.rejectedLines).toBe(2);
    expect(r.rejects.map((x) => [x.line, x.kind])).toEqual([
      [3, 'TOO MANY COLUMNS'],
      [5, 'MISSING COLUMNS'],
      [5, 'MISSING COLUMNS'],
    ]);
    expect(r.rejects[0]?.text).toBe('befolkning;1554;2023;5790;ekstra');
    expect(r.rejects[0]?.message).toMatch(/Expected Number of Columns: 4 Found: 5/);
    // The reject tables are gone after the report is read.
    const left = await db.conn.runAndReadAll(
      "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE '%reject%'",
    );
    expect(left.getRowObjectsJS()).toEqual([{ n: 0 }]);
  });
});

describe('through duckdb-wasm behind the seal (the browser’s engine)', () => {
  let w: WasmDb;
  beforeAll(async () => {
    w = await openWasm();
    for (const q of sealStatements()) w.sql(q.sql);
  }, 120_000);
  afterAll(() => w?.conn.close());

  const tx = (): TableTx => ({
    exec: async (q) => void w.rows(q),
    query: async (q) => decodeRows(q, w.rows(q)),
  });

  /** Registers the plan's bytes as the browser does, reads in one transaction, drops the file. */
  async function readRegistered(name: string) {
    const path = `${UPLOAD_DIR}${tableNameFor(name, [])}.csv`;
    w.db.registerFileBuffer(path, plan(name).utf8());
    try {
      w.sql('BEGIN TRANSACTION');
      const report = await readFixture(tx(), name, path);
      w.sql('COMMIT');
      return report;
    } finally {
      w.db.dropFile(path);
    }
  }

  it('reads a Latin-1 file decoded to UTF-8, with the names intact', async () => {
    const r = await readRegistered('latin1.csv');
    expect(r).toMatchObject({ encoding: 'windows-1252', rows: 3, rejectedLines: 0 });
    expect(w.sql('SELECT navn FROM tabell_latin1 ORDER BY navn').rows).toEqual([
      { navn: 'Averøy' },
      { navn: 'Bærum' },
      { navn: 'Trondheim - Tråante' },
    ]);
  });

  it('skips Excel’s sep= line and the title lines, and reads the header below them', async () => {
    const r = await readRegistered('title-sep.csv');
    expect(r.columns.map((c) => c.name)).toEqual(['kommune', 'navn', 'år', 'personer']);
    expect(r.headerLine).toBe(4);
    expect(w.sql('SELECT sum(personer)::INTEGER AS n FROM tabell_title_sep').rows).toEqual([
      { n: 5790 + 5802 + 1071 },
    ]);
  });

  it('collects the same rejects as DuckDB for Node', async () => {
    const r = await readRegistered('two-bad-lines.csv');
    expect(r.rejects.map((x) => [x.line, x.kind])).toEqual([
      [3, 'TOO MANY COLUMNS'],
      [5, 'MISSING COLUMNS'],
      [5, 'MISSING COLUMNS'],
    ]);
  });

  it('lists the opened tables, and leaves no file behind', async () => {
    const listed = await tx().query(openedTables());
    expect(listed.map((t) => t.table_name)).toEqual([
      'tabell_latin1',
      'tabell_title_sep',
      'tabell_two_bad_lines',
    ]);
    expect(w.sql(`SELECT * FROM glob('${UPLOAD_DIR}*')`).rows).toEqual([]);
  });

  it('still refuses a path outside the upload directory and a URL', () => {
    w.db.registerFileText('/elsewhere.csv', 'a;b\n1;2\n');
    for (const path of [
      '/elsewhere.csv',
      `${UPLOAD_DIR}../elsewhere.csv`,
      'https://example.com/x.csv',
    ])
      expect(() => w.sql(`SELECT * FROM read_csv('${path}')`), path).toThrow(/disabled/);
    w.db.dropFile('/elsewhere.csv');
  });
});
