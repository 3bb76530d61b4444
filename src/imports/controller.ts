import type { Coordinator } from '../db/coordinator.ts';
import { codeKeysQuery } from '../sql/coded.ts';
import { ingestContextQueries } from '../sql/imports.ts';
import { applyImportReporting, type ImportOutcome } from './apply.ts';
import type { Lend } from './duck-bridge.ts';
import { tooLargeForBrowser } from './limits.ts';
import { runIngest, type RunProgress, type RunningIngest } from './run-ingest.ts';
import type { PreparedImport, StoredImport } from './types.ts';

/** Reads a file in the worker against the current places and indicators; nothing lands yet. */
export async function prepareImport(
  c: Coordinator,
  file: File,
  options: Record<string, unknown>,
  onProgress: (p: RunProgress) => void,
): Promise<RunningIngest> {
  const refused = tooLargeForBrowser(file);
  if (refused) return { done: Promise.resolve(refused), cancel: () => undefined };
  const q = ingestContextQueries();
  const [geo, geo_change, indicator, codes] = await Promise.all([
    c.query(q.geo),
    c.query(q.geo_change),
    c.query(q.indicator),
    c.query(codeKeysQuery()),
  ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The worker reads the file with DuckDB's CSV reader in the page's DuckDB where it can; the
  // lending is a write, queued after every write before it.
  const lend: Lend = (path, b, work) => c.writeWithFile(path, b, work);
  return runIngest(
    bytes,
    file.name,
    { geo, geo_change, indicator },
    options,
    onProgress,
    codes,
    lend,
  );
}

/**
 * Lands a prepared import in DuckDB in one transaction (all or nothing). Keeping it in the browser
 * is a separate step (`keepImport` in keep.ts), whose progress and outcome the import list shows.
 */
export async function commitImport(
  c: Coordinator,
  prepared: PreparedImport,
): Promise<{ stored: StoredImport } & ImportOutcome> {
  const stored: StoredImport = {
    ...prepared,
    // The engine's copies go to DuckDB; what is kept is the rows alone.
    parts: prepared.parts.map(({ engineCopy: _, engineCodes: __, ...part }) => part),
    id: prepared.report.sourceId ?? `import-${Date.now()}`,
    importedAt: new Date().toISOString(),
  };
  // The coordinator's write queue: in order with every other write, in one transaction.
  const outcome = await c.write((tx) => applyImportReporting(tx, prepared));
  return { stored, ...outcome };
}
