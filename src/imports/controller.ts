import type { Coordinator } from '../db/coordinator.ts';
import { isTransactional, type TransactionalConnector } from '../db/connector.ts';
import { ingestContextQueries } from '../sql/imports.ts';
import { applyImport } from './apply.ts';
import { tooLargeForBrowser } from './limits.ts';
import { runIngest, type RunProgress, type RunningIngest } from './run-ingest.ts';
import type { PreparedImport, StoredImport } from './types.ts';

/** The live DuckDB connector when it supports transactions (the browser's). */
async function transactional(c: Coordinator): Promise<TransactionalConnector> {
  const db = await c.live();
  if (!isTransactional(db)) throw new Error('the database cannot import');
  return db;
}

/** Reads a file in the worker against the current places and indicators; nothing lands yet. */
export async function prepareImport(
  c: Coordinator,
  file: File,
  options: Record<string, unknown>,
  onProgress: (p: RunProgress) => void,
): Promise<RunningIngest> {
  const refused = tooLargeForBrowser(file);
  if (refused) return { done: Promise.resolve(refused), cancel: () => undefined };
  const db = await c.live();
  const q = ingestContextQueries();
  const [geo, geo_change, indicator] = await Promise.all([
    db.query(q.geo),
    db.query(q.geo_change),
    db.query(q.indicator),
  ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return runIngest(bytes, file.name, { geo, geo_change, indicator }, options, onProgress);
}

/**
 * Lands a prepared import in DuckDB in one transaction (all or nothing). Keeping it in the browser
 * is a separate step (`keepImport` in keep.ts), whose progress and outcome the import list shows.
 */
export async function commitImport(
  c: Coordinator,
  prepared: PreparedImport,
): Promise<{ stored: StoredImport; replaced: number }> {
  const db = await transactional(c);
  const stored: StoredImport = {
    ...prepared,
    // The engine's copies go to DuckDB; what is kept is the rows alone.
    parts: prepared.parts.map(({ engineCopy: _, ...part }) => part),
    id: prepared.report.sourceId ?? `import-${Date.now()}`,
    importedAt: new Date().toISOString(),
  };
  let replaced = 0;
  await db.transaction(async (tx) => {
    replaced = await applyImport(tx, prepared);
  });
  c.invalidate();
  return { stored, replaced };
}
