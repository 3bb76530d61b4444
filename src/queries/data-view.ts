import type { Connector } from '../db/connector.ts';
import { TABLE_NAMES } from '../domain/contract.ts';
import { allSources, tableCounts } from '../sql/catalog.ts';
import { openedTables } from '../sql/open-table.ts';
import type { SourceRow, TableCountRow } from '../sql/rows.ts';

/** What the Data view lists: every source with provenance, and the size of each contract table and each table opened from a file. */
export interface DataViewData {
  sources: SourceRow[];
  tables: TableCountRow[];
}

/** Loads the Data view's lists. */
export async function loadDataView(db: Connector): Promise<DataViewData> {
  // Tables opened from files ("Åpne som tabell") are listed after the contract's.
  const opened = (await db.query(openedTables())).map((r) => r.table_name);
  const [sources, tables] = await Promise.all([
    db.query(allSources()),
    db.query(tableCounts([...TABLE_NAMES, ...opened])),
  ]);
  return { sources, tables };
}
