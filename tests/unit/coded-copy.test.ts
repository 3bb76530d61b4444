/**
 * The ingest worker's coded copy of an import (src/imports/coded-copy.ts), landed by the commit
 * (src/imports/apply.ts) on duckdb-wasm, the engine the browser runs: the same figures as the text
 * copy, stored in key order, and never under another import's keys.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTableSql } from '../../pipelines/lib/parquet.ts';
import type { Transaction } from '../../src/db/connector.ts';
import type { Row } from '../../src/domain/contract.ts';
import { applyImportReporting } from '../../src/imports/apply.ts';
import { observationPart } from '../../src/imports/coded-copy.ts';
import { keyOrder } from '../../src/imports/key-order.ts';
import type { PreparedImport } from '../../src/imports/types.ts';
import {
  codedKeyOrder,
  codeKeysQuery,
  createCodedObservation,
  OBSERVATION_CODED,
} from '../../src/sql/coded.ts';
import { CODED_STAGING, CODES_STAGING, stagingTable } from '../../src/sql/imports.ts';
import type { Query } from '../../src/sql/query.ts';
import { openWasm, type WasmDb } from './wasm-duckdb.ts';

/** A transaction on the wasm connection, as src/db/wasm.ts gives one (without BEGIN/COMMIT). */
function tx(w: WasmDb, staged: string[] = []): Transaction {
  return {
    exec: async (q) => void w.rows(q),
    query: async <R>(q: Query<R>) => w.rows(q).map(q.decode),
    insertArrow: async (name, bytes) => {
      staged.push(name);
      w.conn.insertArrowFromIPCStream(bytes, { name, create: true });
      // The browser's DuckDB worker takes the buffer over (a transfer); so does this.
      structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
    },
  };
}

const figure = (indicator: string, geo: string, year: number, sex: string, value: number): Row => ({
  indicator_id: indicator,
  geo_code: geo,
  period_from: year,
  period_to: year,
  sex,
  age: 'all',
  value,
  ci_low: null,
  ci_high: null,
  numerator: null,
  denominator: null,
  respondents: null,
  status: 'ok',
  source_id: 'test-import',
  note: null,
});

/** Figures for every combination, in a scrambled order, with values that name their key. */
function figures(indicators: string[], geos: string[], add = 0): Row[] {
  const rows: Row[] = [];
  for (const i of indicators)
    for (const g of geos)
      for (let y = 2015; y <= 2024; y++)
        for (const s of ['female', 'all', 'male'])
          rows.push(figure(i, g, y, s, add + y + indicators.indexOf(i) * 1000));
  // A fixed scramble: the file's order is not the key order.
  return rows
    .map((r, n) => ({ r, h: (n * 2654435761) % 4294967296 }))
    .sort((a, b) => a.h - b.h)
    .map((x) => x.r);
}

const prepared = (rows: Row[], codes?: Parameters<typeof observationPart>[1]): PreparedImport => ({
  report: {} as PreparedImport['report'],
  parts: [observationPart(rows, codes)],
  createdIndicators: [],
});

let w: WasmDb;
beforeEach(async () => {
  w = await openWasm();
  for (const q of createCodedObservation()) w.sql(q.sql);
  for (const t of ['geo', 'indicator', 'source'] as const) w.sql(createTableSql(t));
});

const stored = () =>
  w.sql(
    `SELECT indicator_id, geo_code, period_from, sex, value, source_id FROM observation ORDER BY ALL`,
  ).rows;

/** Rows of the import stored out of key order in the coded table (0 = one sorted run). */
const outOfOrder = (source: string) => {
  const keys = codedKeyOrder(
    (_, key) => key,
    (k) => k,
  );
  return w.sql(`SELECT count(*)::INTEGER AS n FROM (
    SELECT row_number() OVER (ORDER BY rowid) AS by_row, row_number() OVER (ORDER BY ${keys}) AS by_key
    FROM ${OBSERVATION_CODED} WHERE source_id = '${source}') WHERE by_row <> by_key`).rows[0]?.[
    'n'
  ];
};

describe('the coded copy of an import', () => {
  it('lands the same figures as the text copy, replacing the same ones, in one sorted run', async () => {
    const first = figures(['ind-b', 'ind-d'], ['3447', '0301']);
    // The second release revises ind-d and brings ind-a (new, sorts first) and a new place.
    const second = figures(['ind-d', 'ind-a'], ['0301', '5001'], 0.5).map((r) => ({
      ...r,
      source_id: 'release-2',
    }));
    const outcomes = [];
    const results = [];
    for (const coded of [false, true]) {
      w = await openWasm();
      for (const q of createCodedObservation()) w.sql(q.sql);
      for (const t of ['geo', 'indicator', 'source'] as const) w.sql(createTableSql(t));
      const keys = () =>
        coded ? w.sql(codeKeysQuery().sql).rows.map(codeKeysQuery().decode) : undefined;
      await applyImportReporting(tx(w), prepared(first, keys()));
      const p = prepared(second, keys());
      expect(Boolean(p.parts[0]?.engineCodes)).toBe(coded);
      const staged: string[] = [];
      outcomes.push(await applyImportReporting(tx(w, staged), p));
      // The coded copy goes straight into the coded staging table, with the keys it adds.
      expect(staged).toEqual(
        coded ? [CODES_STAGING, CODED_STAGING] : [stagingTable('observation')],
      );
      results.push(stored());
      expect(outOfOrder('release-2')).toBe(0);
      expect(w.sql(`SELECT count(*)::INTEGER AS n FROM observation`).rows[0]?.['n']).toBe(
        first.length + second.length - 10 * 3, // ind-d in 0301 is replaced
      );
    }
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[1]?.replaced).toBe(30);
    expect(outcomes[1]?.revisedCount).toBe(30);
    expect(results[1]).toEqual(results[0]);
    // Every figure under its own indicator and place (the values say which).
    const a = w.sql(
      `SELECT value FROM observation WHERE indicator_id = 'ind-a' AND geo_code = '5001' AND period_from = 2020 AND sex = 'male'`,
    ).rows;
    expect(a).toEqual([{ value: 2020.5 + 1000 }]);
  });

  it('is landed as text when another import added keys after it was coded', async () => {
    const keys = () => w.sql(codeKeysQuery().sql).rows.map(codeKeysQuery().decode);
    await applyImportReporting(tx(w), prepared(figures(['ind-m'], ['3447']), keys()));
    // Both coded against the same keys; the first to land gives 'ind-x' the next key, which the
    // second had given to 'ind-y'.
    const x = prepared(
      figures(['ind-x'], ['3447']).map((r) => ({ ...r, source_id: 'x' })),
      keys(),
    );
    const y = prepared(
      figures(['ind-y'], ['3447']).map((r) => ({ ...r, source_id: 'y' })),
      keys(),
    );
    await applyImportReporting(tx(w), x);
    await applyImportReporting(tx(w), y);
    const bySource = w.sql(
      `SELECT source_id, indicator_id, count(*)::INTEGER AS n FROM observation GROUP BY ALL ORDER BY ALL`,
    ).rows;
    expect(bySource).toEqual([
      { source_id: 'test-import', indicator_id: 'ind-m', n: 30 },
      { source_id: 'x', indicator_id: 'ind-x', n: 30 },
      { source_id: 'y', indicator_id: 'ind-y', n: 30 },
    ]);
    expect(outOfOrder('y')).toBe(0);
  });

  it('is landed as text on a second attempt, once the first used the coded copy up', async () => {
    const keys = w.sql(codeKeysQuery().sql).rows.map(codeKeysQuery().decode);
    const p = prepared(figures(['ind-r'], ['3447', '0301']), keys);
    const failing: Transaction = {
      ...tx(w),
      exec: async () => Promise.reject(new Error('disk full')),
    };
    await expect(applyImportReporting(failing, p)).rejects.toThrow('disk full');
    // The failed attempt's staging is gone with its transaction in the app; here, by hand.
    w.sql(`DROP TABLE IF EXISTS import_staging_observation_coded`);
    w.sql(`DROP TABLE IF EXISTS import_staging_observation_codes`);
    await applyImportReporting(tx(w), p);
    expect(
      w.sql(`SELECT count(*)::INTEGER AS n FROM observation WHERE indicator_id = 'ind-r'`).rows,
    ).toEqual([{ n: 60 }]);
  });
});

describe('keyOrder', () => {
  it('sorts on several columns, numbers by value and text by code unit, ties in their order', () => {
    const a = ['b', 'a', 'b', 'a', 'B', 'b'];
    const n = [2, 10, 1, 10, 5, 1];
    const order = keyOrder([a, n]);
    expect(order && [...order]).toEqual([4, 1, 3, 2, 5, 0]);
    expect(
      keyOrder([
        ['a', 'a', 'b'],
        [1, 2, 0],
      ]),
    ).toBeNull();
  });

  it('sorts whole-number columns (keys, years) the same through its table as through a map', () => {
    // Int32Array columns within a short span take the table; plain arrays and wide spans the map.
    let seed = 7;
    const rand = (m: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % m;
    const keys = Int32Array.from({ length: 5000 }, () => rand(40) - 20);
    const years = Int32Array.from({ length: 5000 }, () => 2000 + rand(25));
    const wide = Int32Array.from(
      { length: 5000 },
      (_, i) => (i % 2 ? 2 ** 30 : -(2 ** 30)) + rand(3),
    );
    expect(keyOrder([keys, years])).toEqual(keyOrder([[...keys], [...years]]));
    expect(keyOrder([wide, keys])).toEqual(keyOrder([[...wide], [...keys]]));
    const order = keyOrder([keys, years]) as Uint32Array;
    for (let i = 1; i < order.length; i++) {
      const [p, q] = [order[i - 1] as number, order[i] as number];
      const before =
        (keys[p] as number) - (keys[q] as number) ||
        (years[p] as number) - (years[q] as number) ||
        p - q;
      expect(before).toBeLessThan(0);
    }
  });
});
