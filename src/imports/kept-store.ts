import { idbAll, idbDelete, idbPut, IMPORTS } from '../state/idb.ts';
import type { KeptImport } from './kept-types.ts';

/** Set while imports are kept, so the next start does not draw from the build-time snapshot. */
export const HAS_IMPORTS_FLAG = 'oversikt.hasImports';

/** The import list as the Data view shows it, with this tab's save progress (0–1) by id. */
export interface KeptSnapshot {
  list: KeptImport[];
  progress: ReadonlyMap<string, number>;
}

let stored: KeptImport[] = [];
// This tab's own view of its imports wins over the stored one: if even the small record could not
// be written, the list still tells the truth here.
const local = new Map<string, KeptImport>();
const progress = new Map<string, number>();
let snapshot: KeptSnapshot = { list: [], progress: new Map() };
const listeners = new Set<() => void>();

function emit(): void {
  const byId = new Map(stored.map((k) => [k.id, k]));
  for (const [id, k] of local) byId.set(id, k);
  const list = [...byId.values()].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  snapshot = { list, progress: new Map(progress) };
  try {
    if (list.some((k) => k.state === 'kept')) localStorage.setItem(HAS_IMPORTS_FLAG, '1');
    else localStorage.removeItem(HAS_IMPORTS_FLAG);
  } catch {
    // Storage may be off; the snapshot is then briefly stale until DuckDB is up.
  }
  for (const fn of listeners) fn();
}

/** The import list (for useSyncExternalStore). */
export function keptSnapshot(): KeptSnapshot {
  return snapshot;
}

/** Calls `fn` when the import list changes. */
export function subscribeKept(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Every import record kept in this browser. */
export async function readKept(): Promise<KeptImport[]> {
  return idbAll<KeptImport>(IMPORTS).catch(() => []);
}

/** Reads the import records again and tells the list. */
export async function refreshKept(): Promise<KeptImport[]> {
  stored = await readKept();
  emit();
  return stored;
}

/**
 * Records an import's state: shown at once, then written (`onlyHere`: not written). If the write
 * fails, this tab keeps showing the state and the promise rejects.
 */
export async function recordKept(k: KeptImport, { onlyHere = false } = {}): Promise<void> {
  local.set(k.id, k);
  emit();
  if (onlyHere) return;
  await idbPut(IMPORTS, k);
  local.delete(k.id);
  await refreshKept();
}

/** Forgets an import's record everywhere. */
export async function forgetKept(id: string): Promise<void> {
  local.delete(id);
  progress.delete(id);
  await idbDelete(IMPORTS, id);
  await refreshKept();
}

/** This tab's save progress of an import (null when done). */
export function setSaveProgress(id: string, fraction: number | null): void {
  if (fraction === null) progress.delete(id);
  else progress.set(id, fraction);
  emit();
}
