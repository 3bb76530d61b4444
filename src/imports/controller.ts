import type { Coordinator } from '../db/coordinator.ts';
import { isTransactional, type TransactionalConnector } from '../db/connector.ts';
import { ingestContextQueries, removeImport } from '../sql/imports.ts';
import { applyImport } from './apply.ts';
import { runIngest, type RunProgress, type RunningIngest } from './run-ingest.ts';
import { deleteImport, importIds, loadImports, saveImport } from './store.ts';
import type { PreparedImport, StoredImport } from './types.ts';

/** Set while imports are kept, so the next start does not draw from the build-time snapshot. */
export const HAS_IMPORTS_FLAG = 'oversikt.hasImports';

/** The live DuckDB connector when it supports transactions (the browser's). */
async function transactional(c: Coordinator): Promise<TransactionalConnector> {
  const db = await c.live();
  if (!isTransactional(db)) throw new Error('the database cannot import');
  return db;
}

function flagImports(on: boolean): void {
  try {
    if (on) localStorage.setItem(HAS_IMPORTS_FLAG, '1');
    else localStorage.removeItem(HAS_IMPORTS_FLAG);
  } catch {
    // Storage may be off; the snapshot is then briefly stale until DuckDB is up.
  }
}

/** Reads a file in the worker against the current places and indicators; nothing lands yet. */
export async function prepareImport(
  c: Coordinator,
  file: File,
  options: Record<string, unknown>,
  onProgress: (p: RunProgress) => void,
): Promise<RunningIngest> {
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
 * Lands a prepared import: into DuckDB in one transaction, then kept in IndexedDB. If either step
 * fails, the tables are as before and nothing is kept.
 */
export async function commitImport(
  c: Coordinator,
  prepared: PreparedImport,
): Promise<{ stored: StoredImport; replaced: number }> {
  const db = await transactional(c);
  const stored: StoredImport = {
    ...prepared,
    id: prepared.report.sourceId ?? `import-${Date.now()}`,
    importedAt: new Date().toISOString(),
  };
  let replaced = 0;
  await db.transaction(async (tx) => {
    replaced = await applyImport(tx, prepared);
  });
  try {
    await saveImport(stored);
  } catch (e) {
    // Not kept: take the rows out again so the screen matches what survives a reload.
    await db.transaction(async (tx) => {
      for (const q of removeImport(stored.id, stored.createdIndicators)) await tx.exec(q);
    });
    throw e;
  }
  flagImports(true);
  c.invalidate();
  return { stored, replaced };
}

/** Removes a kept import from DuckDB and from the browser. */
export async function removeStoredImport(c: Coordinator, s: StoredImport): Promise<void> {
  const db = await transactional(c);
  await db.transaction(async (tx) => {
    for (const q of removeImport(s.id, s.createdIndicators)) await tx.exec(q);
  });
  await deleteImport(s.id);
  flagImports((await importIds()).length > 0);
  c.invalidate();
}

/** Re-applies every kept import at start-up (after a reload or a closed tab). */
export async function restoreImports(db: TransactionalConnector): Promise<StoredImport[]> {
  const all = await loadImports().catch(() => []);
  for (const s of all) await db.transaction((tx) => applyImport(tx, s).then(() => undefined));
  return all;
}
