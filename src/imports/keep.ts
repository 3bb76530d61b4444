import type { Coordinator } from '../db/coordinator.ts';
import { announce } from '../state/sync-channel.ts';
import { TAB_ID } from '../state/tab-id.ts';
import { deleteImportRows, StorageError, writeImportRows } from './import-storage.ts';
import type { Backend, KeptImport } from './kept-types.ts';
import { forgetKept, keptSnapshot, recordKept, setSaveProgress } from './kept-store.ts';
import { markApplied, removeFromDb } from './kept-sync.ts';
import type { StoredImport } from './types.ts';

/** Bytes the browser says this site uses and may use (null where it does not say). */
export async function storageRoom(): Promise<{ usage: number; quota: number } | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.quota === 'number' ? { usage: e.usage ?? 0, quota: e.quota } : null;
  } catch {
    return null;
  }
}

/** Bytes an import takes in storage. */
export const importBytes = (s: Pick<StoredImport, 'parts'>) =>
  s.parts.reduce((n, p) => n + p.bytes.byteLength, 0);

/** Whether `need` bytes fit in what is left, with a margin (unknown room: try, and say if it fails). */
export function fits(room: { usage: number; quota: number } | null, need: number): boolean {
  return room === null || need * 1.1 + 1e6 <= room.quota - room.usage;
}

const PERSIST_ASKED = 'oversikt.persistAsked';

/**
 * Asks once (on the first import) for persistent storage, so the browser does not clear kept files
 * under pressure. Says whether it asked now, and the browser's answer (null: it has no such thing).
 */
export async function askPersistence(): Promise<{ asked: boolean; granted: boolean | null }> {
  if (typeof navigator.storage?.persist !== 'function') return { asked: false, granted: null };
  try {
    if (await navigator.storage.persisted()) return { asked: false, granted: true };
    if (localStorage.getItem(PERSIST_ASKED)) return { asked: false, granted: false };
    localStorage.setItem(PERSIST_ASKED, new Date().toISOString());
    return { asked: true, granted: await navigator.storage.persist() };
  } catch {
    return { asked: false, granted: null };
  }
}

const newKey = () => `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The list entry for an import that is in this tab's DuckDB. */
function entry(s: StoredImport, state: KeptImport['state']): KeptImport {
  return {
    id: s.id,
    key: newKey(),
    report: s.report,
    createdIndicators: s.createdIndicators,
    importedAt: s.importedAt,
    state,
    backend: null,
    parts: s.parts.map((p) => ({ table: p.table, rows: p.rows, bytes: p.bytes.byteLength })),
    bytesStored: 0,
    tab: TAB_ID,
  };
}

/**
 * Keeps an import that is already in DuckDB: its record as "saving", its rows in chunks in the
 * storage worker with progress, then "kept". On any failure nothing half-written is left, the list
 * says "failed" with the reason, and the StorageError is thrown for the caller to offer the choice.
 * The import's bytes move to the worker.
 */
export async function keepImport(s: StoredImport, prefer?: Backend): Promise<KeptImport> {
  const saving = entry(s, 'saving');
  const previous = keptSnapshot().list.find((k) => k.id === s.id && k.state === 'kept');
  try {
    await recordKept(saving);
    announce('imports');
    setSaveProgress(s.id, 0);
    const r = await writeImportRows(
      saving.key,
      s.parts.map((p) => ({ table: p.table, bytes: p.bytes })),
      (written, total) => setSaveProgress(s.id, total > 0 ? written / total : 1),
      prefer,
    );
    const kept: KeptImport = { ...saving, state: 'kept', backend: r.backend, bytesStored: r.bytes };
    await recordKept(kept);
    markApplied(kept);
    if (previous && previous.key !== kept.key)
      await deleteImportRows(previous.key, previous.backend).catch(() => undefined);
    announce('imports');
    return kept;
  } catch (e) {
    const err =
      e instanceof StorageError
        ? e
        : new StorageError(
            (e as Error)?.name ?? 'Error',
            e instanceof Error ? e.message : String(e),
          );
    await recordKept({ ...saving, state: 'failed', error: err.message }).catch(() => undefined);
    throw err;
  } finally {
    setSaveProgress(s.id, null);
  }
}

/** Marks an import that is in DuckDB but not kept as this session's only (gone after a reload). */
export async function keepForSession(s: StoredImport | KeptImport): Promise<void> {
  const k = 'key' in s ? s : entry(s, 'session');
  // The record says "session only" so the next start can say plainly that the file is gone.
  await recordKept({ ...k, state: 'session', backend: null, bytesStored: 0 }).catch(() =>
    recordKept({ ...k, state: 'session', backend: null, bytesStored: 0 }, { onlyHere: true }),
  );
  announce('imports');
}

/** Removes an import: its rows from this tab's DuckDB (if here), from storage, and from the list. */
export async function forgetImport(c: Coordinator, k: KeptImport): Promise<void> {
  if (k.state !== 'gone' && (k.state === 'kept' || k.tab === TAB_ID)) await removeFromDb(c, k);
  if (k.backend) await deleteImportRows(k.key, k.backend);
  await forgetKept(k.id);
  announce('imports');
}
