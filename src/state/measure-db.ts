import {
  changeToRecord,
  fitsRevision,
  type MeasureChange,
  type MeasureConflict,
  type MeasureRecord,
} from '../domain/measure-records.ts';
import { idbAll, inTransaction, MEASURES } from './idb.ts';

/** What a write did: records written (and the ones they replaced), and changes that met a newer version. */
export interface MeasureWrite {
  written: MeasureRecord[];
  replaced: Map<string, MeasureRecord>;
  conflicts: MeasureConflict[];
}

/** Every measure record kept in this browser. */
export function readMeasureRecords(): Promise<MeasureRecord[]> {
  return idbAll<MeasureRecord>(MEASURES);
}

/**
 * Writes each change whose measure is still at the revision it was made from, in one transaction
 * (IndexedDB runs one read-write transaction on a store at a time, across tabs, so no write slips
 * in between the check and the write). The rest come back as conflicts with what is stored now.
 */
export function writeMeasureChanges(
  changes: readonly MeasureChange[],
  tab: string,
): Promise<MeasureWrite> {
  const at = new Date().toISOString();
  return inTransaction([MEASURES], 'readwrite', (tx, done) => {
    const store = tx.objectStore(MEASURES);
    const written: MeasureRecord[] = [];
    const replaced = new Map<string, MeasureRecord>();
    const conflicts: MeasureConflict[] = [];
    let pending = changes.length;
    if (pending === 0) done({ written, replaced, conflicts });
    for (const change of changes) {
      const req = store.get(change.id);
      req.onsuccess = () => {
        const current = req.result as MeasureRecord | undefined;
        if (fitsRevision(current, change)) {
          const rec = changeToRecord(change, current, at, tab);
          store.put(rec);
          written.push(rec);
          if (current) replaced.set(current.id, current);
        } else conflicts.push({ mine: change, theirs: current ?? null });
        if (--pending === 0) done({ written, replaced, conflicts });
      };
    }
  });
}
