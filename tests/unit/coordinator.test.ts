import { describe, expect, it } from 'vitest';
import { rawRow } from '../../src/arrow/decode.ts';
import type { ResultRow } from '../../src/arrow/to-rows.ts';
import type { Transaction, TransactionalConnector } from '../../src/db/connector.ts';
import { Coordinator } from '../../src/db/coordinator.ts';
import {
  linkedPlace,
  snapshotJson,
  unpackSnapshot,
  type PackedSnapshot,
} from '../../src/db/place-snapshot.ts';
import { decodeRows, type Query, type Statement } from '../../src/sql/query.ts';

/** A promise with its resolve handle, to hold a query in flight until the test lets it go. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A fake connector over one table of key → value rows: `SELECT k` reads value k, `SET k v` writes
 * it (in a transaction: staged, kept on commit, dropped on error), `FAIL` throws. It logs every
 * statement it runs, and can hold queries until released.
 */
class FakeConnector implements TransactionalConnector {
  readonly log: string[] = [];
  readonly data = new Map<string, number>();
  gate: Promise<void> | null = null;

  async query<R>(q: Query<R>): Promise<R[]> {
    this.log.push(q.sql);
    const gate = this.gate;
    if (gate) await gate;
    return decodeRows(q, this.read(q.sql, this.data));
  }

  async exec(q: Statement): Promise<void> {
    this.apply(q.sql, this.data);
  }

  async transaction(work: (tx: Transaction) => Promise<void>): Promise<void> {
    const staged = new Map(this.data);
    this.log.push('BEGIN');
    try {
      await work({
        exec: async (q) => this.apply(q.sql, staged),
        query: async (q) => decodeRows(q, this.read(q.sql, staged)),
        insertArrow: async () => undefined,
      });
    } catch (e) {
      this.log.push('ROLLBACK');
      throw e;
    }
    this.data.clear();
    for (const [k, v] of staged) this.data.set(k, v);
    this.log.push('COMMIT');
  }

  private read(sql: string, from: Map<string, number>): ResultRow[] {
    const key = sql.replace(/^SELECT /, '');
    return [{ key, value: from.get(key) ?? null }];
  }

  private apply(sql: string, to: Map<string, number>): void {
    this.log.push(sql);
    if (sql === 'FAIL') throw new Error('statement failed');
    const [, k, v] = sql.split(' ');
    if (k !== undefined) to.set(k, Number(v));
  }
}

const select = (key: string): Query<ResultRow> => ({
  sql: `SELECT ${key}`,
  params: [],
  decode: rawRow,
});
const set = (key: string, value: number): Statement => ({ sql: `SET ${key} ${value}`, params: [] });

async function started(fake: FakeConnector, maxEntries?: number): Promise<Coordinator> {
  const c = new Coordinator({}, { maxEntries });
  await c.start(async () => fake);
  return c;
}

const reads = (fake: FakeConnector, key: string) =>
  fake.log.filter((s) => s === `SELECT ${key}`).length;

describe('coordinator', () => {
  it('runs a query asked for twice at once only once, and both callers get its rows', async () => {
    const fake = new FakeConnector();
    fake.data.set('a', 1);
    const c = await started(fake);
    const gate = deferred();
    fake.gate = gate.promise;
    const first = c.query(select('a'));
    const second = c.query(select('a'));
    expect(second).toBe(first);
    gate.resolve();
    expect(await first).toEqual([{ key: 'a', value: 1 }]);
    expect(await second).toEqual([{ key: 'a', value: 1 }]);
    expect(reads(fake, 'a')).toBe(1);
    // Answered from the cache afterwards.
    await c.query(select('a'));
    expect(reads(fake, 'a')).toBe(1);
  });

  it('never hands out a result read before invalidate(): its callers get a fresh run', async () => {
    const fake = new FakeConnector();
    fake.data.set('a', 1);
    const c = await started(fake);
    const gate = deferred();
    fake.gate = gate.promise;
    const inFlight = c.query(select('a'));
    await Promise.resolve(); // let the query start on the connector
    await Promise.resolve();
    fake.data.set('a', 2); // the data changes under the running query
    c.invalidate();
    fake.gate = null;
    gate.resolve();
    expect(await inFlight).toEqual([{ key: 'a', value: 2 }]);
    expect(reads(fake, 'a')).toBe(2);
  });

  it('drops a failed query, so the next caller runs it again', async () => {
    const fake = new FakeConnector();
    const c = await started(fake);
    const failing: Query<ResultRow> = {
      sql: 'SELECT x',
      params: [],
      decode: () => {
        throw new Error('bad row');
      },
    };
    await expect(c.query(failing)).rejects.toThrow('bad row');
    expect(c.cacheSize).toBe(0);
    await expect(c.query(failing)).rejects.toThrow('bad row');
    expect(reads(fake, 'x')).toBe(2);
  });

  it('keeps at most its bound of results, dropping the least recently used', async () => {
    const fake = new FakeConnector();
    const c = await started(fake, 2);
    await c.query(select('a'));
    await c.query(select('b'));
    await c.query(select('a')); // a is now the most recently used
    await c.query(select('c')); // evicts b
    expect(c.cacheSize).toBe(2);
    await c.query(select('a'));
    expect(reads(fake, 'a')).toBe(1);
    await c.query(select('b'));
    expect(reads(fake, 'b')).toBe(2);
    expect(c.cacheSize).toBe(2);
  });

  it('runs writes in the order they were asked for, each in its own transaction', async () => {
    const fake = new FakeConnector();
    const c = await started(fake);
    const slow = deferred();
    const first = c.write(async (tx) => {
      await slow.promise;
      await tx.exec(set('a', 1));
    });
    const second = c.write(async (tx) => {
      await tx.exec(set('a', 2));
    });
    slow.resolve();
    await Promise.all([first, second]);
    expect(fake.log).toEqual(['BEGIN', 'SET a 1', 'COMMIT', 'BEGIN', 'SET a 2', 'COMMIT']);
    expect(fake.data.get('a')).toBe(2);
  });

  it('a read asked for after a write waits for it and sees it, not a cached older result', async () => {
    const fake = new FakeConnector();
    fake.data.set('a', 1);
    const c = await started(fake);
    expect(await c.query(select('a'))).toEqual([{ key: 'a', value: 1 }]);
    const slow = deferred();
    const versionBefore = c.version;
    const write = c.write(async (tx) => {
      await slow.promise;
      await tx.exec(set('a', 5));
    });
    // Asked for after the write: not answered by the result cached before it.
    const a = c.query(select('a'));
    const again = c.query(select('a'));
    expect(again).toBe(a); // reads after the write still share one run
    slow.resolve();
    await write;
    expect(c.version).toBe(versionBefore + 1);
    expect(await a).toEqual([{ key: 'a', value: 5 }]);
    expect(fake.log.lastIndexOf('SELECT a')).toBeGreaterThan(fake.log.indexOf('COMMIT'));
    expect(reads(fake, 'a')).toBe(2);
  });

  it('rolls a failed write back, passes its error on, and keeps the queue going', async () => {
    const fake = new FakeConnector();
    fake.data.set('a', 1);
    const c = await started(fake);
    const versionBefore = c.version;
    const failed = c.write(async (tx) => {
      await tx.exec(set('a', 9));
      await tx.exec({ sql: 'FAIL', params: [] });
    });
    const next = c.write((tx) => tx.query(select('a')));
    await expect(failed).rejects.toThrow('statement failed');
    expect(fake.data.get('a')).toBe(1);
    expect(fake.log.slice(0, 4)).toEqual(['BEGIN', 'SET a 9', 'FAIL', 'ROLLBACK']);
    // The next write ran after the rollback and saw the data as before; a write returns its value.
    expect(await next).toEqual([{ key: 'a', value: 1 }]);
    expect(c.version).toBe(versionBefore + 1);
  });

  it('answers from the snapshot before the database is up, and refuses writes it cannot make', async () => {
    const c = new Coordinator({ [JSON.stringify(['SELECT a', []])]: [{ key: 'a', value: 7 }] });
    expect(await c.query(select('a'))).toEqual([{ key: 'a', value: 7 }]);
    await c.start(async () => ({ query: async () => [] }));
    await expect(c.write(async () => undefined)).rejects.toThrow('cannot be changed');
  });

  it('answers from a snapshot part that arrives while the database starts, and asks the database for the rest', async () => {
    const fake = new FakeConnector();
    fake.data.set('b', 2);
    const c = new Coordinator({});
    const part = deferred();
    c.addSnapshotPart(
      part.promise.then(() => ({ [JSON.stringify(['SELECT a', []])]: [{ key: 'a', value: 7 }] })),
    );
    const a = c.query(select('a'));
    const b = c.query(select('b'));
    part.resolve();
    expect(await a).toEqual([{ key: 'a', value: 7 }]);
    // Not in the part: it waits for the database.
    let bDone = false;
    void b.then(() => (bDone = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(bDone).toBe(false);
    await c.start(async () => fake);
    expect(await b).toEqual([{ key: 'b', value: 2 }]);
    expect(reads(fake, 'a')).toBe(0);
  });

  it('does not wait for a snapshot part once the database is up, nor use a part that came later', async () => {
    const fake = new FakeConnector();
    fake.data.set('a', 1);
    fake.data.set('c', 3);
    const c = new Coordinator({});
    const part = deferred();
    const rows = { key: 'x', value: 7 };
    c.addSnapshotPart(
      part.promise.then(() => ({
        [JSON.stringify(['SELECT a', []])]: [rows],
        [JSON.stringify(['SELECT c', []])]: [rows],
      })),
    );
    const a = c.query(select('a'));
    await c.start(async () => fake);
    expect(await a).toEqual([{ key: 'a', value: 1 }]);
    part.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(await c.query(select('c'))).toEqual([{ key: 'c', value: 3 }]);
  });

  it('a snapshot part that fails leaves the query to the database', async () => {
    const fake = new FakeConnector();
    fake.data.set('a', 1);
    const c = new Coordinator({});
    c.addSnapshotPart(Promise.reject(new Error('offline')));
    const a = c.query(select('a'));
    await c.start(async () => fake);
    expect(await a).toEqual([{ key: 'a', value: 1 }]);
  });
});

describe('coordinator.quiet', () => {
  it('waits for DuckDB and for the queries in flight, then for the quiet time after the last', async () => {
    const fake = new FakeConnector();
    fake.data.set('a', 1);
    const c = new Coordinator();
    let quiet = false;
    const waiting = c.quiet(30).then(() => (quiet = true));
    await new Promise((r) => setTimeout(r, 60));
    expect(quiet, 'not before DuckDB is up').toBe(false);
    await c.start(async () => fake);
    const gate = deferred();
    fake.gate = gate.promise;
    const inFlight = c.query(select('a'));
    await new Promise((r) => setTimeout(r, 80));
    expect(quiet, 'not while a query runs').toBe(false);
    gate.resolve();
    await inFlight;
    expect(quiet, 'not the moment the query ends').toBe(false);
    await waiting;
    expect(quiet).toBe(true);
  });

  it('rejects when DuckDB fails to start', async () => {
    const c = new Coordinator();
    const waiting = c.quiet(10);
    await c.start(async () => {
      throw new Error('no wasm');
    });
    await expect(waiting).rejects.toThrow('no wasm');
  });
});

describe('snapshotJson', () => {
  it('writes the queries in key order whatever order they were recorded in, and reads back the same', () => {
    const rows = (n: number) => [{ key: `k${n}`, value: n }];
    const a = { 'SELECT b': rows(2), 'SELECT a': rows(1), 'SELECT c': rows(3) };
    const b = { 'SELECT c': rows(3), 'SELECT a': rows(1), 'SELECT b': rows(2) };
    expect(snapshotJson(a)).toBe(snapshotJson(b));
    expect(Object.keys(JSON.parse(snapshotJson(a)) as object)).toEqual([
      'SELECT a',
      'SELECT b',
      'SELECT c',
    ]);
    expect(unpackSnapshot(JSON.parse(snapshotJson(a)) as PackedSnapshot)).toEqual(a);
  });

  it('writes each column name once per query and reads nulls, numbers, text and empty results back', () => {
    const snap = {
      q1: [
        { geo: '3401', value: 12.5, status: null, year: 2024 },
        { geo: '34', value: null, status: 'suppressed', year: 2023 },
      ],
      q2: [],
    };
    const text = snapshotJson(snap);
    expect(text.match(/"status"/g)).toHaveLength(1);
    expect(unpackSnapshot(JSON.parse(text) as PackedSnapshot)).toEqual(snap);
  });
});

describe('linkedPlace', () => {
  it('reads the place from a link, else the remembered one', () => {
    expect(linkedPlace('#/trender?geo=3447&ind=med-antidepressants', '1554')).toBe('3447');
    expect(linkedPlace('#/trender?ind=x', '1554')).toBe('1554');
    expect(linkedPlace('#/', null)).toBeNull();
    expect(linkedPlace('', '5057')).toBe('5057');
  });
});
