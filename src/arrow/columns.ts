/**
 * A contract table's Arrow columns, built as its rows arrive a batch at a time (the import's
 * `onRows`), so that no row object lives until the end of a file: a million kept row objects had
 * the garbage collector copy and mark them again and again, a third of the import's time. Numbers
 * go straight into typed arrays; text goes through a dictionary of its distinct values (see
 * `TextDictionary` in ./ipc.ts) until a column has more of them than a dictionary holds.
 */
import { Float64, Int32, makeData, type Data } from 'apache-arrow';
import type { ColumnSpec, Row } from '../domain/contract.ts';
import { MAX_DICTIONARY, plainText, textOfIds } from './ipc.ts';

const encoder = new TextEncoder();

/** A table's columns, built: its length and each column's Arrow data by name. */
export interface BuiltColumns {
  length: number;
  data: Record<string, Data>;
}

/** Room for at least `need` values, doubling. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Present values' bits (1 = present) for rows [0, n) of `present`. */
function bitmapOf(n: number, present: (i: number) => boolean): Uint8Array {
  const bits = new Uint8Array(Math.ceil(n / 8));
  for (let i = 0; i < n; i++) if (present(i)) bits[i >> 3]! |= 1 << (i & 7);
  return bits;
}

class NumberColumn {
  private values: Int32Array | Float64Array;
  private bits = new Uint8Array(128);
  private nulls = 0;

  constructor(private readonly int: boolean) {
    this.values = int ? new Int32Array(1024) : new Float64Array(1024);
  }

  add(rows: readonly Row[], name: string, at: number): void {
    this.values = grown(this.values, at + rows.length);
    this.bits = grown(this.bits, Math.ceil((at + rows.length) / 8));
    const values = this.values;
    const bits = this.bits;
    for (let j = 0; j < rows.length; j++) {
      const v = (rows[j] as Row)[name];
      const i = at + j;
      if (v === null || v === undefined) this.nulls++;
      else {
        values[i] = Number(v);
        bits[i >> 3]! |= 1 << (i & 7);
      }
    }
  }

  finish(n: number): Data {
    const nullBitmap = this.nulls > 0 ? this.bits.slice(0, Math.ceil(n / 8)) : undefined;
    const common = { length: n, nullCount: this.nulls, nullBitmap };
    return this.int
      ? makeData({ type: new Int32(), ...common, data: this.values.slice(0, n) as Int32Array })
      : makeData({ type: new Float64(), ...common, data: this.values.slice(0, n) as Float64Array });
  }
}

class TextColumn {
  private ids = new Int32Array(1024);
  private readonly values: Uint8Array[] = [];
  private readonly texts: string[] = [];
  private readonly index = new Map<string, number>();
  /** Every row's text, once the column has more distinct values than a dictionary holds. */
  private plain: (string | null)[] | null = null;
  private nulls = 0;

  add(rows: readonly Row[], name: string, at: number): void {
    if (this.plain) return this.addPlain(rows, name);
    this.ids = grown(this.ids, at + rows.length);
    const ids = this.ids;
    let last: string | undefined;
    let lastId = -1;
    for (let j = 0; j < rows.length; j++) {
      const v = (rows[j] as Row)[name];
      if (v === null || v === undefined) {
        ids[at + j] = -1;
        this.nulls++;
        continue;
      }
      const s = typeof v === 'string' ? v : String(v);
      if (s !== last) {
        let id = this.index.get(s);
        if (id === undefined) {
          if (this.values.length === MAX_DICTIONARY) {
            this.toPlain(at + j);
            return this.addPlain(rows.slice(j), name);
          }
          id = this.values.push(encoder.encode(s)) - 1;
          this.texts.push(s);
          this.index.set(s, id);
        }
        last = s;
        lastId = id;
      }
      ids[at + j] = lastId;
    }
  }

  /** From here on, every row's text: the first `n` rows' from the dictionary. */
  private toPlain(n: number): void {
    const plain = new Array<string | null>(n);
    for (let i = 0; i < n; i++) {
      const id = this.ids[i] as number;
      plain[i] = id < 0 ? null : (this.texts[id] as string);
    }
    this.plain = plain;
  }

  private addPlain(rows: readonly Row[], name: string): void {
    const plain = this.plain as (string | null)[];
    for (const r of rows) {
      const v = r[name];
      if (v === null || v === undefined) {
        plain.push(null);
        this.nulls++;
      } else plain.push(typeof v === 'string' ? v : String(v));
    }
  }

  finish(n: number): Data {
    const plain = this.plain;
    if (plain) {
      const bitmap = this.nulls > 0 ? bitmapOf(n, (i) => plain[i] !== null) : undefined;
      return plainText(plain, n, this.nulls, bitmap);
    }
    const ids = this.ids.slice(0, n);
    const bitmap = this.nulls > 0 ? bitmapOf(n, (i) => (ids[i] as number) >= 0) : undefined;
    return textOfIds({ ids, values: this.values, texts: this.texts }, this.nulls, bitmap);
  }
}

/** Builds the columns of `specs` from rows added in batches. */
export class ColumnsBuilder {
  private n = 0;
  private readonly columns: [string, NumberColumn | TextColumn][];

  constructor(specs: readonly ColumnSpec[]) {
    this.columns = specs.map((c) => [
      c.name,
      c.type === 'text' ? new TextColumn() : new NumberColumn(c.type === 'int'),
    ]);
  }

  /** Rows added so far. */
  get length(): number {
    return this.n;
  }

  /** Adds a batch of rows (one column at a time, so each loop reads one property). */
  add(rows: readonly Row[]): void {
    for (const [name, column] of this.columns) column.add(rows, name, this.n);
    this.n += rows.length;
  }

  /** The columns' Arrow data, by name. */
  finish(): BuiltColumns {
    const data: Record<string, Data> = {};
    for (const [name, column] of this.columns) data[name] = column.finish(this.n);
    return { length: this.n, data };
  }
}

/** The columns of rows of `specs`, all at once. */
export function builtColumns(specs: readonly ColumnSpec[], rows: readonly Row[]): BuiltColumns {
  const b = new ColumnsBuilder(specs);
  b.add(rows);
  return b.finish();
}
