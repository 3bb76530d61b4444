/**
 * A table's Arrow columns from a query result in Arrow IPC (DuckDB-wasm's, handed to the ingest
 * worker undecoded) whose text key columns come as numbers: each number the index of its text
 * in a list of values. The text columns are made from those lists (`textOfIds`, so the dictionary
 * is remembered for the coded copy and for sorting); the rest is DuckDB's data, its record
 * batches joined into one column each. Nothing here makes a row object.
 */
import {
  Float64,
  Int32,
  makeData,
  tableFromIPC,
  Type,
  Utf8,
  type Data,
  type Table,
} from 'apache-arrow';
import type { ColumnSpec } from '../domain/contract.ts';
import type { BuiltColumns } from './columns.ts';
import { textOfIds } from './ipc.ts';

const encoder = new TextEncoder();

/** How a column is given: as it is, as numbers into `values`, or one text on every row. */
export interface KeyedColumns {
  /** Text columns given as numbers (0-based indexes into the list), by name. */
  values: Record<string, readonly string[]>;
  /** Text columns left out of the result: the same text on every row, by name. */
  constants: Record<string, string>;
  /** Nullable columns left out of the result: null on every row. */
  absent?: readonly string[];
}

/** The columns of `specs` from `bytes`, with the keyed and constant columns made into text. */
export function keyedColumnsFromIPC(
  bytes: Uint8Array,
  specs: readonly ColumnSpec[],
  keyed: KeyedColumns,
): BuiltColumns {
  const table = tableFromIPC(bytes);
  const length = table.numRows;
  const data: Record<string, Data> = {};
  for (const spec of specs) {
    const constant = keyed.constants[spec.name];
    const values = keyed.values[spec.name];
    if (constant !== undefined) {
      data[spec.name] = textOfIds(
        { ids: new Int32Array(length), values: [encoder.encode(constant)], texts: [constant] },
        0,
        undefined,
      );
      continue;
    }
    if (keyed.absent?.includes(spec.name)) {
      if (!spec.nullable) throw new Error(`${spec.name} cannot be left out: it is never null`);
      data[spec.name] = allNull(spec, length);
      continue;
    }
    const chunks = chunksOf(table, spec.name);
    if (values) data[spec.name] = textFromKeys(spec.name, chunks, length, values);
    else if (spec.type === 'text') data[spec.name] = joinedText(spec.name, chunks, length);
    else data[spec.name] = joinedNumbers(spec, chunks, length);
  }
  return { length, data };
}

function chunksOf(table: Table, name: string): Data[] {
  const column = table.getChild(name);
  if (!column) throw new Error(`the result has no column ${name}`);
  return column.data as Data[];
}

/** Whether row i of a chunk holds a value. */
function valid(d: Data, i: number): boolean {
  if (d.nullCount === 0 || !d.nullBitmap) return true;
  const at = d.offset + i;
  return ((d.nullBitmap[at >> 3] as number) & (1 << (at & 7))) !== 0;
}

/** Each row's value bit, and how many rows have none, over chunks in order. */
function joinedValidity(chunks: Data[], length: number): { bits?: Uint8Array; nulls: number } {
  const nulls = chunks.reduce((n, d) => n + d.nullCount, 0);
  if (nulls === 0) return { nulls };
  const bits = new Uint8Array(Math.ceil(length / 8));
  let row = 0;
  for (const d of chunks) {
    for (let i = 0; i < d.length; i++, row++) if (valid(d, i)) bits[row >> 3]! |= 1 << (row & 7);
  }
  return { bits, nulls };
}

/** A text column from its keys: each row's number picks its text from `values`; null stays null. */
function textFromKeys(
  name: string,
  chunks: Data[],
  length: number,
  values: readonly string[],
): Data {
  const ids = new Int32Array(length);
  let row = 0;
  let nulls = 0;
  for (const d of chunks) {
    if (d.typeId !== Type.Int) throw new Error(`${name}: numbers expected, not ${String(d.type)}`);
    const keys = d.values as ArrayLike<number>;
    for (let i = 0; i < d.length; i++, row++) {
      if (!valid(d, i)) {
        ids[row] = -1;
        nulls++;
        continue;
      }
      const k = Number(keys[d.offset + i]);
      if (!(k >= 0 && k < values.length)) throw new Error(`${name}: no text for key ${k}`);
      ids[row] = k;
    }
  }
  const bits = nulls > 0 ? joinedValidity(chunks, length).bits : undefined;
  return textOfIds(
    { ids, values: values.map((v) => encoder.encode(v)), texts: [...values] },
    nulls,
    bits,
  );
}

/** A text column's chunks as one. */
function joinedText(name: string, chunks: Data[], length: number): Data {
  const offsets = new Int32Array(length + 1);
  let total = 0;
  let row = 0;
  for (const d of chunks) {
    if (d.typeId !== Type.Utf8) throw new Error(`${name}: text expected, not ${String(d.type)}`);
    const o = d.valueOffsets as Int32Array;
    for (let i = 0; i < d.length; i++, row++) {
      total += (o[d.offset + i + 1] as number) - (o[d.offset + i] as number);
      offsets[row + 1] = total;
    }
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const d of chunks) {
    const o = d.valueOffsets as Int32Array;
    const from = o[d.offset] as number;
    const to = o[d.offset + d.length] as number;
    bytes.set((d.values as Uint8Array).subarray(from, to), at);
    at += to - from;
  }
  const { bits, nulls } = joinedValidity(chunks, length);
  return makeData({
    type: new Utf8(),
    length,
    nullCount: nulls,
    nullBitmap: bits,
    valueOffsets: offsets,
    data: bytes,
  });
}

/** A column of nothing but nulls. */
function allNull(spec: ColumnSpec, length: number): Data {
  const common = { length, nullCount: length, nullBitmap: new Uint8Array(Math.ceil(length / 8)) };
  if (spec.type === 'int')
    return makeData({ type: new Int32(), ...common, data: new Int32Array(length) });
  if (spec.type === 'double')
    return makeData({ type: new Float64(), ...common, data: new Float64Array(length) });
  return makeData({
    type: new Utf8(),
    ...common,
    valueOffsets: new Int32Array(length + 1),
    data: new Uint8Array(0),
  });
}

/** A number column's chunks as one, of the spec's type (Int32 or Float64). */
function joinedNumbers(spec: ColumnSpec, chunks: Data[], length: number): Data {
  const int = spec.type === 'int';
  const out = int ? new Int32Array(length) : new Float64Array(length);
  let row = 0;
  for (const d of chunks) {
    if (d.typeId !== Type.Int && d.typeId !== Type.Float)
      throw new Error(`${spec.name}: numbers expected, not ${String(d.type)}`);
    const v = d.values as ArrayLike<number | bigint>;
    for (let i = 0; i < d.length; i++, row++) out[row] = Number(v[d.offset + i] ?? 0);
  }
  const { bits, nulls } = joinedValidity(chunks, length);
  const common = { length, nullCount: nulls, nullBitmap: bits };
  return int
    ? makeData({ type: new Int32(), ...common, data: out as Int32Array })
    : makeData({ type: new Float64(), ...common, data: out as Float64Array });
}
