/**
 * The browser's IndexedDB database for what the user keeps, on this machine only: one record per
 * edited measure (`measures`), one per import (`imports`, its rows in `chunks` where OPFS is missing)
 * the coordinator's assessments (`assessments`, one record per place × theme × indicator) and the
 * old key-value store (`kv`) that version 1 kept everything in. Used by the page and workers.
 */
import { migrateOverlayBlob } from './migrate-overlay.ts';

const DB_NAME = 'oversikt';
const VERSION = 3;
export const KV = 'kv';
export const MEASURES = 'measures';
export const IMPORTS = 'imports';
export const CHUNKS = 'chunks';
export const ASSESSMENTS = 'assessments';
export type StoreName =
  typeof KV | typeof MEASURES | typeof IMPORTS | typeof CHUNKS | typeof ASSESSMENTS;

/** Opens the database, creating or upgrading its stores (the upgrade moves version 1's edits over). */
export function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = (e) => {
      const db = req.result;
      if (!db.objectStoreNames.contains(KV)) db.createObjectStore(KV);
      if (!db.objectStoreNames.contains(MEASURES))
        db.createObjectStore(MEASURES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(IMPORTS)) db.createObjectStore(IMPORTS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS);
      if (!db.objectStoreNames.contains(ASSESSMENTS))
        db.createObjectStore(ASSESSMENTS, { keyPath: 'id' });
      // In the upgrade's own transaction, so two tabs starting at once cannot both migrate.
      if (e.oldVersion < 2 && req.transaction) migrateOverlayBlob(req.transaction);
    };
    req.onsuccess = () => {
      const db = req.result;
      // A newer version in another tab waits for us: let it in.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not open'));
    req.onblocked = () => reject(new Error('IndexedDB is held by an older tab of this app'));
  });
}

/**
 * Runs `work` in one transaction over `stores` and resolves with its result once the transaction
 * has committed (rejects, with nothing written, if it aborts).
 */
export async function inTransaction<T>(
  stores: StoreName[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction, done: (value: T) => void) => void,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      let value: T | undefined;
      tx.oncomplete = () => resolve(value as T);
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      tx.onerror = (e) => e.preventDefault(); // reported once, by onabort
      try {
        work(tx, (v) => (value = v));
      } catch (err) {
        tx.abort();
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  } finally {
    db.close();
  }
}

/** Every value of a store. */
export function idbAll<T>(store: StoreName): Promise<T[]> {
  return inTransaction<T[]>([store], 'readonly', (tx, done) => {
    const req = tx.objectStore(store).getAll();
    req.onsuccess = () => done(req.result as T[]);
  });
}

/** Reads a value (undefined when absent). */
export function idbGet<T>(key: IDBValidKey, store: StoreName = KV): Promise<T | undefined> {
  return inTransaction<T | undefined>([store], 'readonly', (tx, done) => {
    const req = tx.objectStore(store).get(key);
    req.onsuccess = () => done(req.result as T | undefined);
  });
}

/** Writes a value (in a store with in-line keys, `key` is left out); resolves once committed. */
export function idbPut(store: StoreName, value: unknown, key?: IDBValidKey): Promise<void> {
  return inTransaction<void>([store], 'readwrite', (tx) => {
    if (key === undefined) tx.objectStore(store).put(value);
    else tx.objectStore(store).put(value, key);
  });
}

/** Deletes a key or a key range; resolves once committed. */
export function idbDelete(store: StoreName, key: IDBValidKey | IDBKeyRange): Promise<void> {
  return inTransaction<void>([store], 'readwrite', (tx) => {
    tx.objectStore(store).delete(key);
  });
}
