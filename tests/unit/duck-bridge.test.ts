/**
 * The ingest worker reads through the page's DuckDB (src/imports/duck-bridge.ts): the same
 * import as with DuckDB at hand; a read that fails or is cancelled is rolled back and leaves
 * nothing in DuckDB; a database that takes no file leaves the file to the own reader. And the
 * kept rows, handed back keyed as Arrow IPC in several record batches, become the same text
 * and coded copies as the rows themselves (src/arrow/keyed-ipc.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Float64,
  Int32,
  Table,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { openDuckDb } from '../../pipelines/lib/parquet.ts';
import { nodeCsvHost } from '../../pipelines/lib/duck-csv-host.ts';
import { keyedColumnsFromIPC } from '../../src/arrow/keyed-ipc.ts';
import { ipcToRows, type ResultRow } from '../../src/arrow/to-rows.ts';
import { rawRow } from '../../src/arrow/decode.ts';
import type { Transaction } from '../../src/db/connector.ts';
import { TABLES, type Row } from '../../src/domain/contract.ts';
import { observationPart } from '../../src/imports/coded-copy.ts';
import {
  BridgeClient,
  serveBridge,
  type BridgeAsk,
  type Lend,
} from '../../src/imports/duck-bridge.ts';
import { ingestWithDuckDb, type KeptRows } from '../../src/imports/duck-ingest.ts';
import type { IngestOptions } from '../../src/ingest/types.ts';
import { curatedContext, FIXTURES } from './ingest-helpers.ts';

const context = curatedContext();
let db: NodeConnector;
let dir: string;
beforeAll(async () => {
  db = new NodeConnector(await openDuckDb());
  dir = mkdtempSync(join(tmpdir(), 'oversikt-bridge-'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

/** DuckDB for Node as the page's DuckDB: the file written where the page would register it. */
const nodeLend: Lend = async (path, bytes, work) => {
  writeFileSync(path, bytes);
  const tx: Transaction = {
    exec: (q) => db.exec(q),
    query: (q) => db.query(q),
    insertArrow: () => Promise.reject(new Error('not used')),
  };
  await db.exec({ sql: 'BEGIN TRANSACTION', params: [] });
  try {
    await work(tx);
    await db.exec({ sql: 'COMMIT', params: [] });
  } catch (e) {
    await db.exec({ sql: 'ROLLBACK', params: [] });
    throw e;
  } finally {
    rmSync(path, { force: true });
  }
};

/** A worker's end and a page's end, joined as the worker's messages would join them. */
function joined(lend: Lend, onAsk: (a: BridgeAsk) => void = () => undefined) {
  let client: BridgeClient | null = null;
  const server = serveBridge(lend, join(dir, 'import.csv'), (a) =>
    queueMicrotask(() => client?.answer(structuredClone(a))),
  );
  client = new BridgeClient((a) => {
    onAsk(a);
    queueMicrotask(() => server.take(a));
  });
  return { client, server };
}

const readTables = async () =>
  (
    await db.query({
      sql: "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'di\\_%' ESCAPE '\\'",
      params: [],
      decode: rawRow,
    })
  ).map((r) => r.table_name);

describe('reading through the page', () => {
  it('gives the import DuckDB at hand gives, and leaves no table of the read', async () => {
    for (const name of ['generic-long.csv', 'mapping-kostra.csv', 'mixed-line-endings.csv']) {
      const bytes = fixture(name);
      const expected = JSON.parse(
        readFileSync(new URL(`${name}.expected.json`, FIXTURES), 'utf8'),
      ) as { options?: IngestOptions };
      const options = { ...expected.options, retrieved: '2026-12-04' };
      const direct = await ingestWithDuckDb(bytes, name, context, options, nodeCsvHost(db));
      const { client } = joined(nodeLend);
      const bridged = await ingestWithDuckDb(bytes, name, context, options, client.host);
      expect(bridged.engine, name).toBe('duckdb');
      const { ms: _a, ...a } = bridged.result.report;
      const { ms: _b, ...b } = direct.result.report;
      expect(a, name).toEqual(b);
      expect(bridged.result.observations, name).toEqual(direct.result.observations);
      expect(bridged.result.observations.length, name).toBeGreaterThan(0);
      expect(await readTables()).toEqual([]);
    }
  });

  it('rolls a cancelled read back: the error reaches the import, nothing of it stays', async () => {
    const controller = new AbortController();
    let asks = 0;
    const { client } = joined(nodeLend, (a) => {
      // Cancel once DuckDB has read the file and the judging has begun.
      if (a.op === 'exec' && ++asks === 3) controller.abort(new Error('cancelled'));
    });
    const read = ingestWithDuckDb(
      fixture('generic-long.csv'),
      'generic-long.csv',
      context,
      { signal: controller.signal },
      client.host,
    );
    await expect(read).rejects.toThrow('cancelled');
    expect(await readTables()).toEqual([]);
    // The page's DuckDB takes the next read as before.
    const again = await ingestWithDuckDb(
      fixture('generic-long.csv'),
      'generic-long.csv',
      context,
      {},
      joined(nodeLend).client.host,
    );
    expect(again.engine).toBe('duckdb');
  });

  it('leaves the file to the own reader when the page cannot lend DuckDB a file', async () => {
    const refusing: Lend = () => Promise.reject(new Error('the database cannot read files'));
    const { client } = joined(refusing);
    const r = await ingestWithDuckDb(
      fixture('generic-long.csv'),
      'generic-long.csv',
      context,
      {},
      client.host,
    );
    expect(r.engine).toBe('own');
    expect(r.why).toContain('the database cannot read files');
    expect(r.result.report.rowsKept).toBeGreaterThan(0);
  });
});

/** Rows of `kept.coded` as Arrow IPC the way DuckDB-wasm hands them over: in record batches. */
function codedIPC(rows: ResultRow[], batches: number, noteKeyed = false): Uint8Array {
  const ints = [
    ...(noteKeyed ? ['note'] : []),
    'indicator_id',
    'geo_code',
    'period_from',
    'period_to',
    'sex',
    'age',
    'respondents',
    'status',
  ];
  const doubles = ['value', 'ci_low', 'ci_high', 'numerator', 'denominator'];
  // Only the columns the query gave (it leaves out figures the file has no column for).
  const given = new Set(Object.keys(rows[0] ?? {}));
  const size = Math.ceil(rows.length / batches);
  const parts: Table[] = [];
  for (let at = 0; at < rows.length; at += size) {
    const slice = rows.slice(at, at + size);
    const columns: Record<string, Vector> = {};
    for (const c of ints.filter((c) => given.has(c)))
      columns[c] = vectorFromArray(
        slice.map((r) => r[c] as number | null),
        new Int32(),
      );
    for (const c of doubles.filter((c) => given.has(c)))
      columns[c] = vectorFromArray(
        slice.map((r) => r[c] as number | null),
        new Float64(),
      );
    if (!noteKeyed)
      columns['note'] = vectorFromArray(
        slice.map((r) => r['note'] as string | null),
        new Utf8(),
      );
    parts.push(new Table(columns));
  }
  return tableToIPC(new Table(parts.flatMap((t) => t.batches)), 'file');
}

describe('kept rows handed back keyed, as Arrow IPC', () => {
  it('become the same text copy and coded copy as the rows themselves', async () => {
    const name = 'generic-long.csv';
    let kept: KeptRows | null = null;
    let coded: ResultRow[] = [];
    let texts: Row[] = [];
    await ingestWithDuckDb(fixture(name), name, context, {}, nodeCsvHost(db), async (tx, k) => {
      kept = k;
      coded = await tx.query({ sql: k.coded, params: [], decode: rawRow });
      texts = (await tx.query({ sql: k.select, params: [], decode: rawRow })) as Row[];
    });
    const k = kept as KeptRows | null;
    if (!k) throw new Error('nothing was kept');
    expect(coded.length).toBeGreaterThan(3);
    expect(texts.some((r) => r['note'] !== null) || texts.some((r) => r['value'] === null)).toBe(
      true,
    );
    // The fixture's notes are few, so they come as numbers too.
    expect(k.values.note?.length).toBeGreaterThan(0);
    // generic-long.csv has no numerator or denominator columns: the query leaves them out.
    expect([...k.absent].sort()).toEqual(['denominator', 'numerator']);
    const built = keyedColumnsFromIPC(codedIPC(coded, 3, true), TABLES.observation, {
      values: k.values,
      constants: { source_id: k.sourceId },
      absent: k.absent,
    });
    expect(built.length).toBe(texts.length);
    const codes = [{ c: 'indicator_id', k: 1, v: 'population' }];
    const fromKeys = observationPart(built, codes as never);
    const fromRows = observationPart(texts, codes as never);
    expect(ipcToRows(fromKeys.bytes)).toEqual(ipcToRows(fromRows.bytes));
    expect(ipcToRows(fromKeys.engineCopy as Uint8Array)).toEqual(
      ipcToRows(fromRows.engineCopy as Uint8Array),
    );
    expect(fromKeys.engineCodes).toEqual(fromRows.engineCodes);
  });

  it('refuses a key with no text rather than invent one', () => {
    const bytes = codedIPC(
      [
        {
          indicator_id: 5,
          geo_code: 0,
          period_from: 2020,
          period_to: 2020,
          sex: 0,
          age: 0,
          status: 0,
        },
      ],
      1,
    );
    expect(() =>
      keyedColumnsFromIPC(bytes, TABLES.observation, {
        values: {
          indicator_id: ['a'],
          geo_code: ['0'],
          sex: ['all'],
          age: ['all'],
          status: ['ok'],
        },
        constants: { source_id: 's' },
      }),
    ).toThrow('indicator_id: no text for key 5');
  });
});
