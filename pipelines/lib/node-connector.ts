import type { DuckDBConnection } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCell, type ResultRow } from '../../src/arrow/to-rows.ts';
import type { Connector } from '../../src/db/connector.ts';
import { decodeRows, type Query, type Statement } from '../../src/sql/query.ts';
import { quoteIdent, quoteLiteral } from '../../src/sql/quote.ts';
import { codeLoadedObservation, loadTableName } from '../../src/sql/coded.ts';
import { openDuckDb } from './parquet.ts';

/** DuckDB for Node over the contract's Parquet files: the same SQL the browser runs, for tests and the build. */
export class NodeConnector implements Connector {
  constructor(readonly conn: DuckDBConnection) {}

  /** Opens DuckDB and creates one table per entry of `<dataDir>/manifest.json`. */
  static async open(dataDir: string): Promise<NodeConnector> {
    const conn = await openDuckDb();
    const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as {
      tables: { table: string; file: string }[];
    };
    for (const t of manifest.tables) {
      await conn.run(
        `CREATE TABLE ${quoteIdent(loadTableName(t.table))} AS SELECT * FROM read_parquet(${quoteLiteral(join(dataDir, t.file))})`,
      );
    }
    // The same coded observation table and view as the browser's (src/sql/coded.ts).
    if (manifest.tables.some((t) => t.table === 'observation'))
      for (const q of codeLoadedObservation()) await conn.run(q.sql);
    return new NodeConnector(conn);
  }

  async query<R>(q: Query<R>): Promise<R[]> {
    const reader = await this.conn.runAndReadAll(q.sql, q.params);
    const rows = reader.getRowObjectsJS().map((r) => {
      const row: ResultRow = {};
      for (const [k, v] of Object.entries(r)) row[k] = toCell(v);
      return row;
    });
    return decodeRows(q, rows);
  }

  async exec(q: Statement): Promise<void> {
    await this.conn.run(q.sql, q.params);
  }

  close(): void {
    this.conn.closeSync();
  }
}
