/**
 * Derives the Arrow IPC files the browser loads into DuckDB-wasm from the contract's Parquet files
 * (DuckDB-wasm would need a network extension to read Parquet). Output: public/generated/data/.
 * The observation table is written as its coded tables (src/sql/coded.ts).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TableName } from '../src/domain/contract.ts';
import { columnsToIPC, specsToIPC } from '../src/arrow/ipc.ts';
import { CODED_FILES, codedFileColumns, codedFileQuery } from '../src/sql/coded.ts';
import { NodeConnector } from '../pipelines/lib/node-connector.ts';
import { quoteIdent } from '../src/sql/quote.ts';

/** Writes one .arrow file per manifest table and a manifest the app reads. */
export async function deriveArrow(dataDir: string, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as {
    tables: { table: TableName; file: string }[];
  };
  const db = await NodeConnector.open(dataDir);
  try {
    const files: { table: string; file: string; bytes: number }[] = [];
    const write = (table: string, ipc: Uint8Array) => {
      const file = `${table}.arrow`;
      writeFileSync(join(outDir, `${file}.tmp`), ipc);
      renameSync(join(outDir, `${file}.tmp`), join(outDir, file));
      files.push({ table, file, bytes: ipc.byteLength });
    };
    for (const t of manifest.tables) {
      if (t.table === 'observation') {
        // Written coded and in key order (src/sql/coded.ts): the browser neither codes nor sorts.
        for (const table of CODED_FILES) {
          const reader = await db.conn.runAndReadAll(codedFileQuery(table));
          const columns = reader.getColumnsObjectJS() as Record<string, unknown[]>;
          write(table, specsToIPC(codedFileColumns(table), columns));
        }
        continue;
      }
      const reader = await db.conn.runAndReadAll(`SELECT * FROM ${quoteIdent(t.table)}`);
      write(
        t.table,
        columnsToIPC(t.table, reader.getColumnsObjectJS() as Record<string, unknown[]>),
      );
    }
    // A file an earlier build wrote that this one does not list (a table now written otherwise).
    for (const f of readdirSync(outDir))
      if (f.endsWith('.arrow') && !files.some((x) => x.file === f)) rmSync(join(outDir, f));
    writeFileSync(
      join(outDir, 'manifest.json'),
      JSON.stringify({ ...manifest, arrow: files }, null, 2),
    );
  } finally {
    db.close();
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await deriveArrow(join(root, 'data'), join(root, 'public/generated/data'));
  console.log('Arrow IPC files written to public/generated/data/');
}
