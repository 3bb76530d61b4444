import { isOverlay } from '../domain/measure-overlay.ts';
import { overlayToRecords } from '../domain/measure-records.ts';

/** Where version 1 kept every measure edit, as one blob. */
export const OLD_OVERLAY_KEY = 'measure-overlay';

/**
 * The one-time move of version 1's overlay blob into one record per measure, inside the database
 * upgrade's transaction (so it happens exactly once, all or nothing). The blob is removed after.
 */
export function migrateOverlayBlob(tx: IDBTransaction): void {
  const kv = tx.objectStore('kv');
  const req = kv.get(OLD_OVERLAY_KEY);
  req.onsuccess = () => {
    const old: unknown = req.result;
    if (!isOverlay(old)) return;
    const measures = tx.objectStore('measures');
    for (const r of overlayToRecords(old, new Date().toISOString(), 'migrated-from-v1'))
      measures.put(r);
    kv.delete(OLD_OVERLAY_KEY);
  };
}
