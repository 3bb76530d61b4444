/**
 * "Åpne som tabell": any delimited file into a table of its own that the SQL console can query,
 * read by DuckDB's `read_csv` (src/sql/open-table.ts) with the layout our shape finder found
 * (src/ingest/table-file.ts). The same steps run in the browser (through the coordinator, the
 * file lent to DuckDB-wasm for one transaction) and on the command line (DuckDB for Node).
 * Tables opened this way live for the session: they are not kept after a reload.
 */
import type { Coordinator } from '../db/coordinator.ts';
import type { Transaction } from '../db/connector.ts';
import { bytesSource } from '../ingest/source.ts';
import type { IngestMessage } from '../ingest/messages.ts';
import { planTableFile, type TableFilePlan } from '../ingest/table-file.ts';
import { tableReport, type TableReadResult, type TableReport } from '../ingest/table-report.ts';
import {
  createTableFromCsv,
  dropRejectTables,
  openedTables,
  rejectTablesFor,
  rejectedLines,
  rowCount,
  tableColumns,
  tableNameFor,
  UPLOAD_DIR,
} from '../sql/open-table.ts';

/**
 * What the read needs of a connection: statements and queries (a Transaction, or Node's connector),
 * and where there is one, results as Arrow IPC.
 */
export type TableTx = Pick<Transaction, 'exec' | 'query' | 'arrow'>;

/**
 * Reads the file at `path` into `table` and reads back its columns, row count and rejected lines;
 * the reject tables are dropped again.
 */
export async function readTableFile(
  tx: TableTx,
  table: string,
  path: string,
  plan: TableFilePlan,
): Promise<TableReadResult> {
  const rejects = rejectTablesFor(table);
  await tx.exec(
    createTableFromCsv(
      table,
      { path, delimiter: plan.separator, skip: plan.skip, decimal: plan.decimal },
      rejects,
    ),
  );
  const rejected = await tx.query(rejectedLines(rejects));
  const columns = await tx.query(tableColumns(table));
  const [count] = await tx.query(rowCount(table));
  for (const d of dropRejectTables(rejects)) await tx.exec(d);
  return { columns, rows: count?.n ?? 0, rejects: rejected };
}

/** A file opened as a table, or why it could not be (the importer's reason, or DuckDB's error). */
export type OpenTableResult =
  | { ok: true; report: TableReport }
  | { ok: false; reason: IngestMessage }
  | { ok: false; error: string };

/** Opens a user's file as a new table in the app's DuckDB; the console lists it at once. */
export async function openTableInBrowser(
  coordinator: Coordinator,
  file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
): Promise<OpenTableResult> {
  const planned = planTableFile(bytesSource(new Uint8Array(await file.arrayBuffer())));
  if (!planned.ok) return planned;
  const plan = planned.plan;
  const taken = (await coordinator.query(openedTables())).map((r) => r.table_name);
  const table = tableNameFor(file.name, taken);
  const path = `${UPLOAD_DIR}${table}.csv`;
  try {
    const read = await coordinator.writeWithFile(path, plan.utf8(), (tx) =>
      readTableFile(tx, table, path, plan),
    );
    return { ok: true, report: tableReport(file.name, table, plan, read) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
