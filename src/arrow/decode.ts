/**
 * Decoders from a raw result row (plain JS cells) to a typed row: each `src/sql/` builder declares
 * the columns it returns, so views and queries hold typed rows, not casts. A value of the wrong
 * type is an error that names the column (the query and the contract disagree).
 */
import type { Cell } from '../domain/contract.ts';
import type { ResultRow } from './to-rows.ts';

/** A decoder for one column: the cell in, the typed value out (throws on the wrong type). */
export type Field<T> = (v: Cell, column: string) => T;

/** A row decoder's output type, from its column spec. */
export type Row<S> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

/** A value that does not fit its column's type. */
export class DecodeError extends Error {
  constructor(column: string, want: string, v: Cell) {
    super(
      `column ${column}: expected ${want}, got ${v === null ? 'null' : typeof v} (${String(v)})`,
    );
    this.name = 'DecodeError';
  }
}

/** Text (a number is written out, as DuckDB may return codes as integers). */
export const text: Field<string> = (v, c) => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new DecodeError(c, 'text', v);
};

/** Text or null. */
export const textOrNull: Field<string | null> = (v, c) => (v === null ? null : text(v, c));

/** A number (BigInt has already become a number in `toCell`). */
export const num: Field<number> = (v, c) => {
  if (typeof v === 'number') return v;
  throw new DecodeError(c, 'number', v);
};

/** A number or null. */
export const numOrNull: Field<number | null> = (v, c) => (v === null ? null : num(v, c));

/** A decoder for a whole row from its column spec; a column the row lacks counts as null. */
export function decoder<S extends Record<string, Field<unknown>>>(
  spec: S,
): (row: ResultRow) => Row<S> {
  const columns = Object.entries(spec);
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [name, field] of columns) out[name] = field(row[name] ?? null, name);
    return out as Row<S>;
  };
}

/**
 * The row as read, for tools and tests that look at whatever a statement returns (the build's
 * snapshot, benches, ad-hoc checks). App builders declare their columns instead.
 */
export const rawRow = (row: ResultRow): ResultRow => row;

/** A decoder for the columns of a contract table, from their declared types and nullability. */
export function columnsDecoder(
  columns: readonly { name: string; type: 'text' | 'int' | 'double'; nullable: boolean }[],
): (row: ResultRow) => Record<string, Cell> {
  const spec: Record<string, Field<Cell>> = {};
  for (const c of columns)
    spec[c.name] =
      c.type === 'text' ? (c.nullable ? textOrNull : text) : c.nullable ? numOrNull : num;
  return decoder(spec);
}
