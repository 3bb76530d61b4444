import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { ColumnsBuilder } from '../../src/arrow/columns.ts';
import { dataToIPC } from '../../src/arrow/ipc.ts';
import { tableToRows } from '../../src/arrow/to-rows.ts';
import { TABLES, type Row } from '../../src/domain/contract.ts';
import { keyOrder } from '../../src/imports/key-order.ts';

/** Observation rows with repeated ids, places and ages, nulls, and a note per row from `unique` on. */
function rows(n: number, unique: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    indicator_id: `ind-${i % 3}`,
    geo_code: ['1554', '3447', '0'][i % 3] as string,
    period_from: 2000 + (i % 20),
    period_to: 2000 + (i % 20),
    sex: i % 2 ? 'female' : 'male',
    age: i % 5 === 0 ? 'all' : `${i % 7}_17`,
    value: i % 4 === 0 ? null : i / 8,
    ci_low: null,
    ci_high: null,
    numerator: i % 9 === 0 ? null : i,
    denominator: null,
    respondents: i % 6 === 0 ? null : i % 100,
    status: i % 4 === 0 ? 'suppressed' : 'ok',
    source_id: 'import-x',
    note: i % 10 === 0 ? null : i >= unique ? `Merknad ${i} – Ørland` : 'Foreløpig',
  }));
}

/** Builds the rows in batches of `batch` and reads the Arrow back as rows. */
function roundTrip(all: Row[], batch: number): Row[] {
  const b = new ColumnsBuilder(TABLES.observation);
  for (let i = 0; i < all.length; i += batch) b.add(all.slice(i, i + batch));
  const built = b.finish();
  expect(built.length).toBe(all.length);
  const data = TABLES.observation.map((c) => built.data[c.name]!);
  return tableToRows(tableFromIPC(dataToIPC(TABLES.observation, data)));
}

describe('observation columns built a batch at a time', () => {
  it('keeps every value, null and text of every row, across batches', () => {
    const all = rows(5_000, Infinity);
    expect(roundTrip(all, 777)).toEqual(all);
  });

  it('keeps them when a column outgrows its dictionary in the middle of a batch', () => {
    // From row 1 000 on every note differs: the dictionary (65 536 values) fills inside a batch.
    const all = rows(80_000, 1_000);
    expect(roundTrip(all, 30_000)).toEqual(all);
  });
});

describe('keyOrder on text given through its dictionary', () => {
  it('sorts as it does on the texts themselves, missing first', () => {
    const texts = ['b', 'a', 'Å', 'c'];
    const ids = Int32Array.from([0, 1, -1, 2, 3, 1, 0, -1]);
    const values = [...ids].map((i) => (i < 0 ? null : texts[i]));
    expect(keyOrder([{ ids, texts }])).toEqual(keyOrder([values]));
    expect([...(keyOrder([{ ids, texts }]) ?? [])].map((r) => values[r])).toEqual([
      null,
      null,
      'a',
      'a',
      'b',
      'b',
      'c',
      'Å',
    ]);
  });
});
