import {
  Float64,
  Int32,
  Table,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type DataType,
} from 'apache-arrow';
import { TABLES, type ColumnType, type Row, type TableName } from '../domain/contract.ts';

const ARROW_TYPE: Record<ColumnType, () => DataType> = {
  text: () => new Utf8(),
  int: () => new Int32(),
  double: () => new Float64(),
};

/** Arrow IPC stream bytes for columns of a contract table, typed by the contract. */
export function columnsToIPC(table: TableName, columns: Record<string, unknown[]>): Uint8Array {
  const vectors = Object.fromEntries(
    TABLES[table].map((c) => [
      c.name,
      vectorFromArray(columns[c.name] ?? [], ARROW_TYPE[c.type]()),
    ]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}

/** Arrow IPC stream bytes for rows of a contract table. */
export function rowsToIPC(table: TableName, rows: readonly Row[]): Uint8Array {
  const columns: Record<string, unknown[]> = {};
  for (const c of TABLES[table]) columns[c.name] = rows.map((r) => r[c.name] ?? null);
  return columnsToIPC(table, columns);
}
