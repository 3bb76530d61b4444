/**
 * Kept observation rows, written as they come (in batches) into a DuckDB table on disk and at the
 * end to observation.parquet sorted by the contract's keys, so an import of any size never holds
 * all its rows in memory.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTableSql, SORT_KEYS } from '../pipelines/lib/parquet.ts';
import { TABLES, type Row } from '../src/domain/contract.ts';
import { quoteIdent, quoteLiteral } from '../src/sql/quote.ts';
import type { TableTx } from '../src/imports/open-table.ts';
import { decoder, num } from '../src/arrow/decode.ts';

const countRow = decoder({ n: num });
const rowCount = (select: string) => ({
  sql: `SELECT count(*)::BIGINT AS n FROM (${select})`,
  params: [],
  decode: countRow,
});

/** The COPY of a query's observations to Parquet, sorted by the contract's keys. */
function sortedCopy(select: string, path: string): string {
  const order = SORT_KEYS.observation.map(quoteIdent).join(', ');
  return `COPY (SELECT * FROM (${select}) ORDER BY ${order}) TO ${quoteLiteral(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`;
}

/**
 * Writes the observations a query selects on a connection to a Parquet file, sorted (atomically),
 * and returns how many there were.
 */
export async function copySortedObservations(
  tx: TableTx,
  select: string,
  path: string,
): Promise<number> {
  const tmp = `${path}.tmp-${process.pid}`;
  await tx.exec({ sql: sortedCopy(select, tmp), params: [] });
  renameSync(tmp, path);
  const [n] = await tx.query(rowCount(select));
  return n?.n ?? 0;
}

/** Appends rows; `write` sorts them into a Parquet file; `close` removes the scratch database. */
export class ObservationSink {
  rows = 0;
  private constructor(
    private readonly dir: string,
    private readonly conn: DuckDBConnection,
    private readonly appender: DuckDBAppender,
  ) {}

  static async open(): Promise<ObservationSink> {
    const dir = mkdtempSync(join(tmpdir(), 'oversikt-ingest-'));
    const db = await DuckDBInstance.create(join(dir, 'scratch.duckdb'), { threads: '1' });
    const conn = await db.connect();
    await conn.run(createTableSql('observation'));
    return new ObservationSink(dir, conn, await conn.createAppender('observation'));
  }

  /** Adds a batch of rows. */
  add(rows: Row[]): void {
    const specs = TABLES.observation;
    for (const row of rows) {
      for (const spec of specs) {
        const v = row[spec.name];
        if (v === null || v === undefined) this.appender.appendNull();
        else if (spec.type === 'text') this.appender.appendVarchar(String(v));
        else if (spec.type === 'int') this.appender.appendInteger(Number(v));
        else this.appender.appendDouble(Number(v));
      }
      this.appender.endRow();
    }
    this.rows += rows.length;
  }

  /** Writes the rows, sorted, to a Parquet file (atomically: temp file, then rename). */
  async write(path: string): Promise<void> {
    this.appender.closeSync();
    await this.conn.run(sortedCopy('SELECT * FROM observation', `${path}.tmp-${process.pid}`));
    renameSync(`${path}.tmp-${process.pid}`, path);
  }

  close(): void {
    this.conn.closeSync();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
