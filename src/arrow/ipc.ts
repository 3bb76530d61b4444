import {
  Field,
  Float64,
  Int32,
  Schema,
  Table,
  Utf8,
  makeData,
  tableToIPC,
  RecordBatch,
  Struct,
  type Data,
  type DataType,
} from 'apache-arrow';
import {
  TABLES,
  type ColumnSpec,
  type ColumnType,
  type Row,
  type TableName,
} from '../domain/contract.ts';

const ARROW_TYPE: Record<ColumnType, () => DataType> = {
  text: () => new Utf8(),
  int: () => new Int32(),
  double: () => new Float64(),
};

/** A validity bitmap (1 = value present) and the null count for a column. */
function validity(values: ArrayLike<unknown>): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nulls = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null || values[i] === undefined) nulls++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  }
  return { bitmap, nulls };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * One column as Arrow data, built directly from the values: far faster than Arrow's generic
 * builders for the million-row tables an import can produce.
 */
export function columnData(type: ColumnType, values: ArrayLike<unknown>): Data {
  const length = values.length;
  const { bitmap, nulls } = validity(values);
  const nullBitmap = nulls > 0 ? bitmap : undefined;
  if (type === 'int' || type === 'double') {
    const data = type === 'int' ? new Int32Array(length) : new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const v = values[i];
      if (v !== null && v !== undefined) data[i] = Number(v);
    }
    return type === 'int'
      ? makeData({
          type: new Int32(),
          length,
          nullCount: nulls,
          nullBitmap,
          data: data as Int32Array,
        })
      : makeData({
          type: new Float64(),
          length,
          nullCount: nulls,
          nullBitmap,
          data: data as Float64Array,
        });
  }
  return (
    dictionaryText(values, length, nulls, nullBitmap) ??
    plainText(values, length, nulls, nullBitmap)
  );
}

/**
 * Text columns of few distinct values (an import's sexes, ages, statuses, notes and sources), as
 * each row's index into those values: `reordered` then gathers four bytes a row and copies the
 * text in order, instead of reading every row's text from all over the column.
 */
export interface TextDictionary {
  /** Each row's value (an index into `values`), or -1 for null. */
  ids: Int32Array;
  /** The distinct values, as UTF-8 and as text. */
  values: readonly Uint8Array[];
  texts: readonly string[];
}
const dictionaries = new WeakMap<Data, TextDictionary>();

/**
 * A text column's distinct values and each row's index among them: the dictionary it was built
 * through, or one made from its text (a column of more distinct values than a dictionary holds).
 */
export function textDictionary(data: Data): TextDictionary {
  const known = dictionaries.get(data);
  if (known) return known;
  const offsets = data.valueOffsets as Int32Array;
  const bytes = data.values as Uint8Array;
  const bits = data.nullCount > 0 ? data.nullBitmap : undefined;
  const ids = new Int32Array(data.length);
  const values: Uint8Array[] = [];
  const texts: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < data.length; i++) {
    if (bits && !((bits[i >> 3] as number) & (1 << (i & 7)))) {
      ids[i] = -1;
      continue;
    }
    const raw = bytes.subarray(offsets[i] as number, offsets[i + 1] as number);
    const s = decoder.decode(raw);
    let id = index.get(s);
    if (id === undefined) {
      id = values.push(raw) - 1;
      texts.push(s);
      index.set(s, id);
    }
    ids[i] = id;
  }
  return { ids, values, texts };
}

/** More distinct values than this and a text column is built without a dictionary. */
export const MAX_DICTIONARY = 65_536;

/** A text column through its dictionary, or null when it has too many distinct values. */
function dictionaryText(
  values: ArrayLike<unknown>,
  length: number,
  nulls: number,
  nullBitmap: Uint8Array | undefined,
): Data | null {
  const ids = new Int32Array(length);
  const dict: Uint8Array[] = [];
  const texts: string[] = [];
  const index = new Map<string, number>();
  let last: string | undefined;
  let lastId = -1;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      ids[i] = -1;
      continue;
    }
    const s = typeof v === 'string' ? v : String(v);
    if (s !== last) {
      let id = index.get(s);
      if (id === undefined) {
        if (dict.length === MAX_DICTIONARY) return null;
        id = dict.push(encoder.encode(s)) - 1;
        texts.push(s);
        index.set(s, id);
      }
      last = s;
      lastId = id;
    }
    ids[i] = lastId;
  }
  return textOfIds({ ids, values: dict, texts }, nulls, nullBitmap);
}

/** The Arrow data of a dictionary's rows, remembered with it for `reordered`. */
export function textOfIds(
  d: TextDictionary,
  nulls: number,
  nullBitmap: Uint8Array | undefined,
): Data {
  const { ids, values } = d;
  const length = ids.length;
  const offsets = new Int32Array(length + 1);
  let total = 0;
  for (let i = 0; i < length; i++) {
    const id = ids[i] as number;
    if (id >= 0) total += (values[id] as Uint8Array).length;
    offsets[i + 1] = total;
  }
  const data = new Uint8Array(total);
  for (let i = 0; i < length; i++) {
    const id = ids[i] as number;
    if (id < 0) continue;
    const bytes = values[id] as Uint8Array;
    const at = offsets[i] as number;
    if (bytes.length > 16) data.set(bytes, at);
    else for (let j = 0; j < bytes.length; j++) data[at + j] = bytes[j] as number;
  }
  const out = utf8Data(nulls, nullBitmap, offsets, data);
  dictionaries.set(out, d);
  return out;
}

/** A text column of many distinct values, each encoded once per row (a few repeats remembered). */
export function plainText(
  values: ArrayLike<unknown>,
  length: number,
  nulls: number,
  nullBitmap: Uint8Array | undefined,
): Data {
  const offsets = new Int32Array(length + 1);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const memo = new Map<string, Uint8Array>();
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) {
      const s = String(v);
      let bytes = memo.get(s);
      if (!bytes) {
        bytes = encoder.encode(s);
        if (memo.size < 100_000) memo.set(s, bytes);
      }
      chunks.push(bytes);
      total += bytes.length;
    }
    offsets[i + 1] = total;
  }
  const data = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  return utf8Data(nulls, nullBitmap, offsets, data);
}

/** Arrow text data from its buffers (`offsets` has one more entry than there are rows). */
function utf8Data(
  nulls: number,
  nullBitmap: Uint8Array | undefined,
  offsets: Int32Array,
  data: Uint8Array,
): Data {
  return makeData({
    type: new Utf8(),
    length: offsets.length - 1,
    nullCount: nulls,
    nullBitmap,
    valueOffsets: offsets,
    data,
  });
}

/**
 * A column's Arrow data with its rows in `order` (`order[i]` is the row that goes i-th). The
 * column is built in its own order first and its buffers gathered after: reading the values in
 * another order than they were made in reads memory all over the heap (for 1.36 M figures that
 * took longer than building the columns).
 */
export function reordered(data: Data, order: Uint32Array): Data {
  const n = order.length;
  // A column with the same value on every row (an import's source id, often its status and note),
  // or with none, is the same in any order.
  if (n === data.length && (data.nullCount === n || (data.nullCount === 0 && single(data))))
    return data;
  const nullBitmap = data.nullBitmap;
  let bitmap: Uint8Array | undefined;
  if (data.nullCount > 0 && nullBitmap) {
    bitmap = new Uint8Array(Math.ceil(n / 8));
    for (let i = 0; i < n; i++) {
      const r = order[i] as number;
      if ((nullBitmap[r >> 3] as number) & (1 << (r & 7))) bitmap[i >> 3]! |= 1 << (i & 7);
    }
  }
  const common = { length: n, nullCount: data.nullCount, nullBitmap: bitmap };
  const dict = dictionaries.get(data);
  if (dict) {
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = dict.ids[order[i] as number] as number;
    return textOfIds({ ...dict, ids }, data.nullCount, bitmap);
  }
  if (data.type instanceof Utf8) {
    const from = data.valueOffsets as Int32Array;
    const bytes = data.values as Uint8Array;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const r = order[i] as number;
      offsets[i + 1] = (offsets[i] as number) + (from[r + 1] as number) - (from[r] as number);
    }
    const out = new Uint8Array(offsets[n] as number);
    for (let i = 0; i < n; i++) {
      const r = order[i] as number;
      const start = from[r] as number;
      const end = from[r + 1] as number;
      if (end - start > 16) out.set(bytes.subarray(start, end), offsets[i] as number);
      else
        for (let j = start, at = offsets[i] as number; j < end; j++) out[at++] = bytes[j] as number;
    }
    return makeData({ type: new Utf8(), ...common, valueOffsets: offsets, data: out });
  }
  const values = data.values as Int32Array | Float64Array;
  const out = new (values.constructor as Int32ArrayConstructor | Float64ArrayConstructor)(n);
  for (let i = 0; i < n; i++) out[i] = values[order[i] as number] as number;
  return data.type instanceof Int32
    ? makeData({ type: new Int32(), ...common, data: out as Int32Array })
    : makeData({ type: new Float64(), ...common, data: out as Float64Array });
}

/** Whether a column without nulls holds one value only (known from its dictionary). */
function single(data: Data): boolean {
  const dict = dictionaries.get(data);
  return dict !== undefined && dict.values.length === 1;
}

/** Arrow IPC stream bytes for columns of a contract table, typed by the contract. */
export function columnsToIPC(
  table: TableName,
  columns: Record<string, readonly unknown[]>,
): Uint8Array {
  return specsToIPC(TABLES[table], columns);
}

/** Arrow IPC stream bytes for columns typed by `specs`, in their order. */
export function specsToIPC(
  specs: readonly ColumnSpec[],
  columns: Record<string, readonly unknown[]>,
): Uint8Array {
  const length = columns[specs[0]?.name ?? '']?.length ?? 0;
  const children = specs.map((c) =>
    columnData(c.type, columns[c.name] ?? new Array(length).fill(null)),
  );
  return dataToIPC(specs, children);
}

/** Arrow IPC stream bytes for columns already built (`columnData`), one per spec, in their order. */
export function dataToIPC(specs: readonly ColumnSpec[], children: Data[]): Uint8Array {
  const fields = specs.map((c) => new Field(c.name, ARROW_TYPE[c.type](), true));
  const length = children[0]?.length ?? 0;
  const struct = makeData({ type: new Struct(fields), length, nullCount: 0, children });
  const batch = new RecordBatch(new Schema(fields), struct);
  return tableToIPC(new Table([batch]), 'stream');
}

/** Arrow IPC stream bytes for rows of a contract table. */
export function rowsToIPC(table: TableName, rows: readonly Row[]): Uint8Array {
  return columnsToIPC(table, rowColumns(table, rows));
}

/** The rows of a contract table as one array of values per column. */
export function rowColumns(table: TableName, rows: readonly Row[]): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  for (const c of TABLES[table]) columns[c.name] = rows.map((r) => r[c.name] ?? null);
  return columns;
}
