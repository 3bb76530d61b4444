import type { Coordinator } from '../db/coordinator.ts';
import type { Transaction, TransactionalConnector } from '../db/connector.ts';
import { removeImport } from '../sql/imports.ts';
import { idbDelete, idbGet, KV } from '../state/idb.ts';
import { onAnnounce } from '../state/sync-channel.ts';
import { isTabOpen, TAB_ID } from '../state/tab-id.ts';
import { applyImport } from './apply.ts';
import { deleteImportRows, readImportRows, writeImportRows } from './import-storage.ts';
import type { KeptImport } from './kept-types.ts';
import { readKept, recordKept, refreshKept } from './kept-store.ts';
import type { StoredImport } from './types.ts';

/** Kept imports whose rows are in this tab's DuckDB (so another tab's removal can take them out). */
const applied = new Map<string, KeptImport>();
let queue: Promise<unknown> = Promise.resolve();
const serial = <T>(work: () => Promise<T>): Promise<T> => {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
};

/** Notes that a kept import's rows are in this tab's DuckDB. */
export function markApplied(k: KeptImport): void {
  applied.set(k.id, k);
}

/** Takes an import's rows out of this tab's DuckDB. */
export async function removeFromDb(c: Coordinator, k: KeptImport): Promise<void> {
  await c.write(async (tx) => {
    for (const q of removeImport(k.id, k.createdIndicators)) await tx.exec(q);
  });
  applied.delete(k.id);
}

/** Reads a kept import's rows back (in the storage worker) and puts them into DuckDB. */
async function applyKept(
  db: Pick<TransactionalConnector, 'transaction'>,
  k: KeptImport,
): Promise<void> {
  const { parts } = await readImportRows(k);
  const rows = new Map(k.parts.map((p) => [p.table, p.rows]));
  await db.transaction(async (tx) => {
    await applyImport(tx, {
      report: k.report,
      createdIndicators: k.createdIndicators,
      // Read back for this one use: DuckDB may take these very bytes, no copy needed.
      parts: parts.map((p) => ({ ...p, rows: rows.get(p.table) ?? 0, engineCopy: p.bytes })),
    });
  });
  applied.set(k.id, k);
}

const LEGACY_INDEX = 'imports';
const legacyKey = (id: string) => `import:${id}`;

/** Version 1 kept each import whole in one key-value entry: apply those, then move them to chunks. */
async function restoreLegacy(db: TransactionalConnector, have: Set<string>): Promise<void> {
  const ids = (await idbGet<string[]>(LEGACY_INDEX, KV).catch(() => undefined)) ?? [];
  for (const id of ids) {
    const s = await idbGet<StoredImport>(legacyKey(id), KV).catch(() => undefined);
    if (!s || have.has(id)) continue;
    await db.transaction((tx) => applyImport(tx, s).then(() => undefined));
    const k: KeptImport = {
      id,
      key: `legacy-${id.replace(/[^\w-]/g, '_')}`,
      report: s.report,
      createdIndicators: s.createdIndicators,
      importedAt: s.importedAt,
      state: 'kept',
      backend: null,
      parts: s.parts.map((p) => ({ table: p.table, rows: p.rows, bytes: p.bytes.byteLength })),
      bytesStored: 0,
      tab: TAB_ID,
    };
    // The old entry stays until the chunks and the record are written, so a failure loses nothing.
    const r = await writeImportRows(
      k.key,
      s.parts.map((p) => ({ table: p.table, bytes: p.bytes.slice() })),
      () => undefined,
    );
    const kept = { ...k, backend: r.backend, bytesStored: r.bytes };
    await recordKept(kept);
    applied.set(id, kept);
    await idbDelete(KV, legacyKey(id));
  }
  if (ids.length > 0) await idbDelete(KV, LEGACY_INDEX);
}

/**
 * At start-up: reads every kept import back from its chunks and puts it into DuckDB. An import that
 * was not kept (session only, failed, or interrupted) and whose tab is closed becomes "gone", its
 * leftovers deleted, so the list says plainly that it is not here. Returns how many were put back.
 */
export async function restoreKept(db: TransactionalConnector): Promise<number> {
  const list = await readKept();
  for (const k of list) {
    if (k.state === 'kept') {
      try {
        await applyKept(db, k);
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        await recordKept({ ...k, state: 'gone', goneReason: 'failed', error }).catch(
          () => undefined,
        );
      }
    } else if (k.state !== 'gone' && !(await isTabOpen(k.tab))) {
      const goneReason = k.state === 'saving' ? 'interrupted' : k.state;
      if (k.key) await deleteImportRows(k.key, k.backend).catch(() => undefined);
      await recordKept({ ...k, state: 'gone', goneReason, backend: null }).catch(() => undefined);
    }
  }
  await restoreLegacy(db, new Set(list.map((k) => k.id))).catch(() => undefined);
  await refreshKept();
  return applied.size;
}

/** Brings this tab's DuckDB in step with imports kept or removed in another tab. */
function catchUp(c: Coordinator): Promise<void> {
  return serial(async () => {
    const list = await refreshKept();
    // Each change goes through the coordinator's write queue (in order, one transaction each).
    const viaCoordinator = {
      transaction: (work: (tx: Transaction) => Promise<void>) => c.write(work),
    };
    const byId = new Map(list.map((k) => [k.id, k]));
    for (const k of list)
      if (k.state === 'kept' && applied.get(k.id)?.key !== k.key)
        await applyKept(viaCoordinator, k);
    for (const [id, k] of applied)
      if (byId.get(id)?.state !== 'kept') {
        await c.write(async (tx) => {
          for (const q of removeImport(k.id, k.createdIndicators)) await tx.exec(q);
        });
        applied.delete(id);
      }
  });
}

/** Listens for other tabs' imports and removals. */
export function startImportSync(c: Coordinator): () => void {
  return onAnnounce((topic) => {
    if (topic === 'imports') void catchUp(c).catch(() => undefined);
  });
}
