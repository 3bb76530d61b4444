/**
 * Derives the Arrow IPC files the browser loads into DuckDB-wasm from the contract's Parquet files
 * (DuckDB-wasm would need a network extension to read Parquet). Output: public/generated/data/.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TableName } from '../src/domain/contract.ts';
import { columnsToIPC } from '../src/arrow/ipc.ts';
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
    const files = [];
    for (const t of manifest.tables) {
      const reader = await db.conn.runAndReadAll(`SELECT * FROM ${quoteIdent(t.table)}`);
      const ipc = columnsToIPC(t.table, reader.getColumnsObjectJS() as Record<string, unknown[]>);
      const file = `${t.table}.arrow`;
      writeFileSync(join(outDir, `${file}.tmp`), ipc);
      renameSync(join(outDir, `${file}.tmp`), join(outDir, file));
      files.push({ table: t.table, file, bytes: ipc.byteLength });
    }
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
