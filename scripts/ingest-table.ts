/**
 * `npm run ingest -- --table FILE`: reads FILE into a table with DuckDB for Node, through the same
 * plan (src/ingest/table-file.ts), read_csv options (src/sql/open-table.ts), steps
 * (src/imports/open-table.ts) and report (src/ingest/table-report.ts) as "Åpne som tabell" in the
 * Data view. A file DuckDB cannot read as it is (not UTF-8, lone CR line ends) is decoded here and
 * handed over as a UTF-8 scratch file, removed afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { NodeConnector } from '../pipelines/lib/node-connector.ts';
import { openDuckDb } from '../pipelines/lib/parquet.ts';
import { readTableFile, type OpenTableResult } from '../src/imports/open-table.ts';
import { planTableFile } from '../src/ingest/table-file.ts';
import { tableReport } from '../src/ingest/table-report.ts';
import { tableNameFor } from '../src/sql/open-table.ts';
import { fileSource } from './file-source.ts';

/** Opens the file at `path` as a table in a fresh in-memory DuckDB for Node and reports it. */
export async function openTableOnDisk(path: string): Promise<OpenTableResult> {
  const source = fileSource(path);
  let scratch: string | null = null;
  try {
    const planned = planTableFile(source);
    if (!planned.ok) return planned;
    const plan = planned.plan;
    let readPath = path;
    if (plan.decoded) {
      scratch = mkdtempSync(join(tmpdir(), 'oversikt-table-'));
      readPath = join(scratch, 'utf8.csv');
      writeFileSync(readPath, plan.utf8());
    }
    const name = basename(path);
    const table = tableNameFor(name, []);
    const db = new NodeConnector(await openDuckDb());
    try {
      const read = await readTableFile(db, table, readPath, plan);
      return { ok: true, report: tableReport(name, table, plan, read) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    } finally {
      db.close();
    }
  } finally {
    source.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
