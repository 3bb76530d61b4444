import type { Connector } from '../db/connector.ts';
import { TABLE_NAMES } from '../domain/contract.ts';
import { allSources, tableCounts } from '../sql/catalog.ts';
import type { SourceRow, TableCountRow } from '../sql/rows.ts';

/** What the Data view lists: every source with provenance, and the size of each contract table. */
export interface DataViewData {
  sources: SourceRow[];
  tables: TableCountRow[];
}

/** Loads the Data view's lists. */
export async function loadDataView(db: Connector): Promise<DataViewData> {
  const [sources, tables] = await Promise.all([
    db.query(allSources()),
    db.query(tableCounts(TABLE_NAMES)),
  ]);
  return { sources, tables };
}
