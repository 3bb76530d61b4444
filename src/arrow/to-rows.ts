import { tableFromIPC, type Table } from 'apache-arrow';
import type { Cell } from '../domain/contract.ts';

/** A query result row as plain JS values. */
export type ResultRow = Record<string, Cell>;

/** The one place Arrow values become JS values: BigInt → number, dates → ISO text, null stays. */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Converts an Arrow table to rows of plain JS values. */
export function tableToRows(table: Table): ResultRow[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((_, i) => table.getChildAt(i));
  const rows: ResultRow[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: ResultRow = {};
    for (let c = 0; c < names.length; c++) row[names[c] as string] = toCell(columns[c]?.get(r));
    rows[r] = row;
  }
  return rows;
}

/** Reads an Arrow IPC stream (an import's prepared part) back into rows of plain JS values. */
export function ipcToRows(bytes: Uint8Array): ResultRow[] {
  return tableToRows(tableFromIPC(bytes));
}
